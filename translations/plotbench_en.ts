<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AiReviewSummary</name>
    <message>
        <location filename="../models/github/aireviewsummary.cpp" line="+135"/>
        <source>AI review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attempt %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has unexpanded placeholders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCatalogMapper</name>
    <message>
        <location filename="../models/sync/apicatalogmapper.cpp" line="+298"/>
        <source>the answer should be a list of specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an entry is not an object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a spec id; the entry is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is listed twice; the first entry is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer should be an object with a list of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the answer should be an object; the spec is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is &apos;%1&apos;, not the &apos;%2&apos; that was asked for; &apos;%2&apos; is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> is not an object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a library id; the implementation is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a language id; &apos;python&apos; is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; appears twice; the first is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is outside 0–100; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is neither APPROVED nor REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the answer should be an object with a list of libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the API has no code for this implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer carries no code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCatalogSource</name>
    <message>
        <location filename="../models/sync/apicatalogsource.cpp" line="+93"/>
        <source>&apos;%1&apos; is not an http(s) URL of an anyplot API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the API URL must not carry a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>anyplot API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyplot API at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the offline copy from %1 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching the catalog index from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>resumed: %1 of %2 already fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Fetching %n changed spec(s)…</source>
        <translation>
            <numerusform>Fetching %n changed spec…</numerusform>
            <numerusform>Fetching %n changed specs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fetching %n changed spec(s) (%1)…</source>
        <translation>
            <numerusform>Fetching %n changed spec (%1)…</numerusform>
            <numerusform>Fetching %n changed specs (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Fetched %1 of %n changed spec(s)…</source>
        <translation>
            <numerusform>Fetched %1 of %n changed spec…</numerusform>
            <numerusform>Fetched %1 of %n changed specs…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the index lists this spec but its details answer 404; only the index entry is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the offline copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not code of the API catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog does not say which API it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The code could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../models/sync/apiclient.cpp" line="+196"/>
        <location line="+116"/>
        <source>GET %1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <source>GET %1: the server sent nothing for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET %1: the answer is larger than %2 MB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GET %1: more than %2 redirects (a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET %1: redirected from https to http; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GET %1: HTTP 403 with an HTML page: a CDN or proxy in front of the API refused the request; try again later or check the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET %1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET %1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>GET %1: the answer was cut off after %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>GET %1: the connection closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GET %1: the answer is empty, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET %1: the answer was cut off in the middle of its JSON (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GET %1: the answer is not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>the server asks to wait %n s, longer than we wait</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(after %n attempt(s))</source>
        <translation>
            <numerusform>(after %n attempt)</numerusform>
            <numerusform>(after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveSyncPage</name>
    <message>
        <location filename="../widgets/sync/archivesyncpage.cpp" line="+29"/>
        <source>main, a tag or a commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token from Settings → GitHub or GITHUB_TOKEN: 5,000 instead of 60 requests an hour, and private forks. It is sent to the GitHub API only, never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: download the ref above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;Local Zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The zipball of the ref is downloaded through the GitHub API and read in place, without unpacking; the commit keys the index, and everything is kept for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ef:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local zip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give the repository as OWNER/NAME, like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a branch, tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Zip of an anyplot Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaBasic</name>
    <message>
        <location filename="../plots/area-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Ordered position along the horizontal axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity filled down to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visitors inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaStacked</name>
    <message>
        <location filename="../plots/area-stacked/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Shared ordered position, typically a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer each value belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of that layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n negative value(s) cannot be stacked and count as zero.</source>
        <translation>
            <numerusform>%n negative value cannot be stacked and count as zero.</numerusform>
            <numerusform>%n negative values cannot be stacked and count as zero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaStackedPercent</name>
    <message>
        <location filename="../plots/area-stacked-percent/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Shared ordered position, typically a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer each value belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of that layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n negative value(s) cannot be stacked and count as zero.</source>
        <translation>
            <numerusform>%n negative value cannot be stacked and count as zero.</numerusform>
            <numerusform>%n negative values cannot be stacked and count as zero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarBasic</name>
    <message>
        <location filename="../plots/bar-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Name of each bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount that sets the bar height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Library branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Books lent in March</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarGrouped</name>
    <message>
        <location filename="../plots/bar-grouped/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Category on the horizontal axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgroup inside every cluster, shown by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount for one category and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rainfall (mm/month)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarHorizontal</name>
    <message>
        <location filename="../plots/bar-horizontal/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Name of each bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the bar from zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Main way to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey respondents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarPareto</name>
    <message>
        <location filename="../plots/bar-pareto/implementations/cpp/qtcharts.cpp" line="+27"/>
        <source>Cause or category counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often it occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns in 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cumulative (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarStacked</name>
    <message>
        <location filename="../plots/bar-stacked/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Category on the horizontal axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of each bar, stacked in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount for one category and component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quarter (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electricity use (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarStackedPercent</name>
    <message>
        <location filename="../plots/bar-stacked-percent/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Category on the horizontal axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of each bar, as a share of its total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount for one category and component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quarter (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electricity use (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>`%1` holds negative values; a share of a whole counts only the positive ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxBasic</name>
    <message>
        <location filename="../plots/box-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Group of each observation, one box each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>`%1` has %2 groups; the first %3 are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BubbleBasic</name>
    <message>
        <location filename="../plots/bubble-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Horizontal position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount shown by bubble area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GDP per person (thousand $)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life expectancy (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n negative size(s) are drawn as the smallest bubble.</source>
        <translation>
            <numerusform>%n negative size are drawn as the smallest bubble.</numerusform>
            <numerusform>%n negative sizes are drawn as the smallest bubble.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandlestickBasic</name>
    <message>
        <location filename="../plots/candlestick-basic/implementations/cpp/qtcharts.cpp" line="+29"/>
        <source>Period of each candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price at the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest price in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest price in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trading day (2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share price (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>In %n row(s) high and low do not enclose open and close; the wicks were widened.</source>
        <translation>
            <numerusform>In %n row high and low do not enclose open and close; the wicks were widened.</numerusform>
            <numerusform>In %n rows high and low do not enclose open and close; the wicks were widened.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1` was not in ascending order; the candles are drawn in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 periods are too many to draw apart; every %2 neighbouring periods form one candle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../widgets/catalogbrowser.cpp" line="+85"/>
        <source>Search id, title, description, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+22"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search text and every checked filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+12"/>
        <source>Loading catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>No catalog loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1 of %n specs</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%1 of %n spec</numerusform>
            <numerusform>%1 of %n specs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n specs</source>
        <comment>total</comment>
        <translation>
            <numerusform>%n spec</numerusform>
            <numerusform>%n specs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The specs appear as soon as the whole catalog has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a catalog folder or the sample catalog from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This catalog has no specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog problems panel lists what could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spec matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try fewer or shorter words, or uncheck some filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFiles</name>
    <message>
        <location filename="../models/sync/catalogfileprovider.cpp" line="+16"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any catalog file should be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLint</name>
    <message>
        <location filename="../models/catalog/cataloglint.cpp" line="+48"/>
        <source>&apos;%1&apos; is a reserved word and cannot be a spec id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid spec id (lower-case words joined by &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Description section is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Data bullet has the form `name` (type) - meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;created&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;issue&apos; is missing: the spec is not linked to its issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tags.%1 should hold 1 to 6 values, it holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;created&apos; lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;updated&apos; lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;updated&apos; is earlier than &apos;created&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no valid quality_score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no preview image URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogProblemsPanel</name>
    <message>
        <location filename="../widgets/catalogproblemspanel.cpp" line="+27"/>
        <source>Filter by path, kind or message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors: %1, warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogSources</name>
    <message>
        <location filename="../models/catalog/catalogsources.cpp" line="+33"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a folder (give an anyplot checkout, its plots/ folder, or &apos;sample&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogStats</name>
    <message>
        <location filename="../models/catalog/catalogstats.cpp" line="+105"/>
        <source>Specs:            %1 (%2 without implementations)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementations:  %1 (%2 without code)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By language:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By library:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality:          min %1, median %2, max %3 (%4 scored)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:            %1 (%2 spec, %3 metadata, %4 code, %5 preview, %6 ignored, %7 unexpected)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTreeScanner</name>
    <message>
        <location filename="../models/catalog/catalogtreescanner.cpp" line="+60"/>
        <source>folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>symbolic link not followed (it could loop or lead outside the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the catalog folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the catalog folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>file outside any spec folder ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogWarning</name>
    <message>
        <location filename="../models/catalog/catalogwarning.cpp" line="+25"/>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogWarningModel</name>
    <message>
        <location filename="../models/catalogwarningmodel.cpp" line="+35"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellGrid</name>
    <message>
        <location filename="../models/data/cellgrid.cpp" line="+168"/>
        <source>The table would hold %1 × %2 cells; only the first %3 rows are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file holds more than %1 cells; only the first %1 were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is not a %2; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../plots/engine/chartexport.cpp" line="+125"/>
        <source>Drawn by Plotbench with Qt Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SVG could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PNG could not be encoded (is the size too large?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLoader</name>
    <message>
        <location filename="../models/catalog/codeloader.cpp" line="+50"/>
        <source>This implementation has no code file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to show (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../widgets/codeview.cpp" line="+222"/>
        <location line="+115"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnStatisticsModel</name>
    <message>
        <location filename="../models/data/columnstatisticsmodel.cpp" line="+84"/>
        <source>%1 — %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most frequent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnType</name>
    <message>
        <location filename="../models/data/datacolumn.cpp" line="+19"/>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnWarnings</name>
    <message>
        <location filename="../models/data/typeinference.cpp" line="+53"/>
        <source>column &quot;%1&quot;: %2 more cells could not be read and are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a valid %3; taken as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column &quot;%1&quot;: invalid UTF-8, replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands/archivecommands.cpp" line="+25"/>
        <source>The repository (default MarkusNeusinger/anyplot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch, tag or commit (default main).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GitHub API (default https://api.github.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/commands/dbcommands.cpp" line="+31"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to keep the downloaded zip (default: the cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index a local zip of a checkout instead of downloading one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/commands/catalogcommands.cpp" line="+26"/>
        <location filename="../app/commands/dbcommands.cpp" line="+28"/>
        <location line="+53"/>
        <location filename="../app/commands/githubcommands.cpp" line="+77"/>
        <location filename="../app/commands/importcommands.cpp" line="+25"/>
        <location filename="../app/commands/rendercommands.cpp" line="+66"/>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: %1 [--repo OWNER/NAME] [--ref REF] [--api-url URL] [--output ZIP] | --file ZIP [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloads the repository&apos;s zipball through the GitHub API (GITHUB_TOKEN is used when set) and indexes it in place, without unpacking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/commands/githubcommands.cpp" line="+9"/>
        <location filename="../app/commands/synccommands.cpp" line="+42"/>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--file indexes a local zip; it does not go with --repo, --ref, --api-url or --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Download resumed: %1 of %2 bytes already fetched
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indexed %1 (commit %2) in place: %3 and %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/commands/dbcommands.cpp" line="+36"/>
        <location filename="../app/commands/synccommands.cpp" line="+49"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n implementation</numerusform>
            <numerusform>%n implementations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/commands/dbcommands.cpp" line="+4"/>
        <source>Kept for offline use in %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/commands/dbcommands.cpp" line="+1"/>
        <source>The offline copy could not be written: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/catalogcommands.cpp" line="+1"/>
        <source>Ignore the on-disk index cache and parse every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: %1 SOURCE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An anyplot checkout, its plots/ folder, or &apos;sample&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/commands/dbcommands.cpp" line="-79"/>
        <source>expected exactly one catalog source; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/archivecommands.cpp" line="-25"/>
        <location filename="../app/commands/catalogcommands.cpp" line="+7"/>
        <location filename="../app/commands/dbcommands.cpp" line="+8"/>
        <location line="+53"/>
        <source>the catalog could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/catalogcommands.cpp" line="+15"/>
        <source>Counts, quality distribution and warnings of a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checks a catalog against anyplot&apos;s structure rules; exits 1 when it finds errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 in %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/archivecommands.cpp" line="+20"/>
        <location filename="../app/commands/catalogcommands.cpp" line="+1"/>
        <location filename="../app/commands/dbcommands.cpp" line="+12"/>
        <location filename="../app/commands/synccommands.cpp" line="+0"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n spec</numerusform>
            <numerusform>%n specs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+17"/>
        <source>plotbench catalog stats SOURCE [--json] [--no-cache]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plotbench catalog lint SOURCE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench import FILE [--json] [--head N] [--sheet NAME] [import options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench sync api [--url URL] [--full] [--offline-dir DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench db push SOURCE [--db URL] [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plotbench sync db [--db URL] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plotbench sync archive [--repo OWNER/NAME] [--ref REF] [--api-url URL] | --file ZIP [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plotbench github issues [--repo OWNER/NAME] [--label L …] [--state open|closed|all] [--api-url URL] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plotbench render SPEC-ID [--data FILE] [--map ROLE=COLUMN …] [--theme light|dark] [--size WxH] -o FILE.png|svg|pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: plotbench [--catalog SOURCE] [--spec ID] open the workbench
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOURCE is an anyplot checkout, its plots/ folder, or &apos;sample&apos;.
Every command accepts --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/dbcommands.cpp" line="-118"/>
        <source>The database: a postgresql:// URL or key=value string; without it the PG* environment variables (PGHOST, PGUSER, PGPASSWORD, PGSSLMODE …) and ~/.pgpass are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print what would be added, changed and removed; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send every row, also those the last push from this machine left unchanged in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog: a checkout, its plots/ folder, a .zip, a database URL or &apos;sample&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> SOURCE [--db URL] [--dry-run] [--send-all] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a catalog into an anyplot PostgreSQL database with anyplot&apos;s own sync rules: schema created when missing, everything upserted in one transaction, what left the catalog deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>nothing was written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> [--db URL] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the catalog straight from an anyplot PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &apos;%1&apos;; give the database with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read %1 and %2 from %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/githubcommands.cpp" line="-20"/>
        <location filename="../app/commands/synccommands.cpp" line="-67"/>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the issues of the catalog repository with their lifecycle state. The token comes from GITHUB_TOKEN or the system keychain; without one, GitHub allows 60 requests per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repository (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only issues with this label; repeat for several (all must match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open, closed or all (default open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GitHub API (GitHub Enterprise, a test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a repository; expected OWNER/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--state must be open, closed or all, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--api-url must be an http(s) URL, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n issue(s) in %1</source>
        <translation>
            <numerusform>%n issue in %1</numerusform>
            <numerusform>%n issues in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/importcommands.cpp" line="+1"/>
        <source>Also print the first N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets: the sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets: the cell range, e.g. B3:F200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON: the key path of the records, e.g. data.items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv, xlsx, ods or json (default: detected from the content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter: a character, or tab, comma, semicolon, pipe, space (default: sniffed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or ISO-8859-1 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote character (default: &quot;); &apos;none&apos; for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape character inside quotes (default: a doubled quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator, or &apos;auto&apos; to detect . or , (default: .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thousands separator (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to skip before the header row (default: detected — a title, notes, blank lines or a sep= line before the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of the header row after the skipped lines (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines starting with this prefix are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated missing-value markers (default: empty, NA, N/A, null, NaN, -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force a column&apos;s type: COLUMN=integer|float|boolean|datetime|categorical|text; COLUMN is a name or a 0-based index. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename a column: COLUMN=NAME. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer columns that look like epoch seconds or milliseconds become datetimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read at most N data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parser threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 expects one character, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 expects a whole number ≥ %2, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 expects COLUMN=VALUE, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no column named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown type &apos;%1&apos; (integer, float, boolean, datetime, categorical, text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1 FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a CSV/TSV, xlsx, ods or JSON file and prints its schema (column names, inferred types, missing counts), row count and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected exactly one data file; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows, %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First %1 rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rendercommands.cpp" line="-14"/>
        <source>Usage: %1 SPEC-ID [options] -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws a spec&apos;s native Qt Charts implementation with your data (or its sample data) to a PNG, SVG or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the data from FILE (CSV, xlsx, ods, JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed ROLE from COLUMN (repeatable); other roles are mapped automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark (default: light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size in pixels (default: anyplot&apos;s canvas, 4800x2700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: text and lines are sized for it (default: 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE; the format follows .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the spec ids that have a native implementation, with their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spec to draw, e.g. line-basic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected exactly one spec id; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>there is no native implementation of &apos;%1&apos;; &apos;plotbench render --list&apos; shows the %n there are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no output file; add -o FILE.png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--theme must be light or dark, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--size must be WIDTHxHEIGHT between 16 and 16384 pixels, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dpi must be a whole number between 24 and 2400, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has no sample data; pass --data FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; could not be drawn with this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 written (%2×%3, %4 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/synccommands.cpp" line="+1"/>
        <source>Syncs the catalog from the anyplot REST API into the offline copy; a re-sync fetches only the specs whose index entry changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API&apos;s base URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the summary as machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every spec&apos;s details, changed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep offline copies under DIR instead of the user&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the sync did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced %1 and %2 from %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fetched, %2 kept, %3 removed; %4, %5 in %6 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed spec(s)</source>
        <translation>
            <numerusform>%n changed spec</numerusform>
            <numerusform>%n changed specs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline copy: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed: %1 of %2 already fetched by an interrupted sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>synced, but the offline copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTile</name>
    <message>
        <location filename="../widgets/comparison/comparisontile.cpp" line="+22"/>
        <source>%1 implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quality score %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AI reviewer&apos;s verdict (not the merge decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../widgets/comparison/comparisonview.cpp" line="+93"/>
        <source>Back to the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample data of the native implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1 · your data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 · sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No preview on this machine (sync the previews to see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no native implementation of this spec yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no data to draw: load a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Preparing %n rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code of this implementation is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the native chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The chart could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../models/comparison/criteriamodel.cpp" line="+20"/>
        <source>Visual quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvChunkParser</name>
    <message>
        <location filename="../models/data/csvchunkparser.cpp" line="+193"/>
        <source>the last line is incomplete: %1 of %2 fields; the rest is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields instead of %2; the missing ones are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 fields instead of %2; the extra fields are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted field opened on this line is never closed; it runs to the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NUL bytes removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field longer than %1 MiB was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 fields: the rest of the line is dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/data/csvreader.cpp" line="+166"/>
        <source>unknown encoding &quot;%1&quot; (UTF-8, UTF-16LE, UTF-16BE, Windows-1252, ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the delimiter must be one ASCII character other than the quote and a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>skipped 1 line before the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped %1 lines before the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a column name is not valid UTF-8; replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1 columns: the rest are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row and no data found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the import was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a valid %3; taken as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 more warnings not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 bytes were read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <location filename="../models/data/dataimport.cpp" line="+139"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataImportController</name>
    <message>
        <location filename="../app/dataimportcontroller.cpp" line="+27"/>
        <source>Data files (*.csv *.tsv *.txt *.tab *.dat *.xlsx *.xlsm *.ods *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a CSV, Excel, OpenDocument or JSON file to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the table on the clipboard, e.g. cells copied from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent &amp;Data Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no table to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Import canceled; the previous data stays loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataImportDialog</name>
    <message>
        <location filename="../widgets/data/dataimportdialog.cpp" line="+43"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Right-click a column to set its type or rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot read this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>First %1 of %2 rows, %n column(s)</source>
        <translation>
            <numerusform>First %1 of %2 rows, %n column</numerusform>
            <numerusform>First %1 of %2 rows, %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 rows, %n column(s)</source>
        <translation>
            <numerusform>%1 rows, %n column</numerusform>
            <numerusform>%1 rows, %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <location filename="../models/data/datatablemodel.cpp" line="+104"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: %2, %n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../widgets/data/dataview.cpp" line="+49"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 rows × %3 columns, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No data loaded. File → Import Data… (Ctrl+I), drop a file on the window, or paste a table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePushController</name>
    <message>
        <location filename="../app/databasepushcontroller.cpp" line="+61"/>
        <source>The password is used for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePushDialog</name>
    <message>
        <location filename="../widgets/sync/databasepushdialog.cpp" line="+22"/>
        <source>Push to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a checkout, its plots/ folder, a .zip or sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written with anyplot&apos;s own sync rules, in one transaction: the schema is created on an empty database, every spec and implementation is upserted (implementation ids kept), and what left the catalog is deleted. Nothing is written if anything fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dry run: list what would be added, changed and removed; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the push added, changed and removed appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Catalog to Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the catalog to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Stopped before the transaction committed: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run of %1: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed to %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePushTask</name>
    <message>
        <location filename="../models/sync/databasepushtask.cpp" line="+42"/>
        <source>Reading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the catalog has no specs to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>stopped before anything was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing %1 specs and %2 implementations with the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing %1 specs and %2 implementations in one transaction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSyncPage</name>
    <message>
        <location filename="../widgets/sync/databasesyncpage.cpp" line="+21"/>
        <source>Use the PG* environment variables and ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE … as libpq reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the URL or PGSSLMODE says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disable — no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prefer — TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require — TLS, any certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca — TLS, certificate signed by a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full — TLS, trusted certificate for this host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the keychain only, never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specs and implementations are read in one snapshot, and the code of every implementation once; everything is kept for offline use. The password goes to the server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Give a connection URL, or use the PG* environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a postgresql:// URL or key=value settings, like host=db.example.com dbname=anyplot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DensityBasic</name>
    <message>
        <location filename="../plots/density-basic/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Observations whose distribution is estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits the observations into curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sleep per night (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>`%1` has %2 groups; the first 7 are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonutBasic</name>
    <message>
        <location filename="../plots/donut-basic/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Name of each part of the whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 parts are too many to tell apart; the %2 smallest are pooled as &quot;Other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../models/drafting/draftstore.cpp" line="+39"/>
        <source>not a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the draft has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the draft id &apos;%1&apos; cannot name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no draft &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than a draft can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file holds another draft (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumbbellBasic</name>
    <message>
        <location filename="../plots/dumbbell-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Label of each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value (left dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second value (right dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s) repeat a category; the last row of each category is drawn.</source>
        <translation>
            <numerusform>%n row repeat a category; the last row of each category is drawn.</numerusform>
            <numerusform>%n rows repeat a category; the last row of each category is drawn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 categories are too many rows; the first %2 are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcdfBasic</name>
    <message>
        <location filename="../plots/ecdf-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Observations, sorted into the cumulative curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page load time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cumulative proportion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorbarBasic</name>
    <message>
        <location filename="../plots/errorbar-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Group along the horizontal axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symmetric error half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance below y when asymmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance above y when asymmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Δ systolic (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n row(s) repeat a group; the last estimate of each group is drawn.</source>
        <translation>
            <numerusform>%n row repeat a group; the last estimate of each group is drawn.</numerusform>
            <numerusform>%n rows repeat a group; the last estimate of each group is drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n negative error width(s) were taken as their absolute value.</source>
        <translation>
            <numerusform>%n negative error width were taken as their absolute value.</numerusform>
            <numerusform>%n negative error widths were taken as their absolute value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../widgets/comparison/exportimagedialog.cpp" line="+13"/>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>anyplot 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyplot square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../models/facetmodel.cpp" line="+25"/>
        <source>Plot type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 (%2)</source>
        <comment>facet value and the number of matching specs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matching spec(s)</source>
        <translation>
            <numerusform>%n matching spec</numerusform>
            <numerusform>%n matching specs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n matching spec(s)</source>
        <translation>
            <numerusform>%1 — %n matching spec</numerusform>
            <numerusform>%1 — %n matching specs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderCatalogSource</name>
    <message>
        <location filename="../models/catalog/foldercatalogsource.cpp" line="+30"/>
        <location line="+11"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>is %1 MB, larger than any catalog file should be; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Reading %n spec folder(s)…</source>
        <translation>
            <numerusform>Reading %n spec folder…</numerusform>
            <numerusform>Reading %n spec folders…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sample catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelBasic</name>
    <message>
        <location filename="../plots/funnel-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Name of each stage, in process order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count reaching that stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions in November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubArchiveCatalogSource</name>
    <message>
        <location filename="../models/sync/githubarchivecatalogsource.cpp" line="+27"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Downloading %1… (resumed: %2 of %3 already fetched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubArchiveDownload</name>
    <message>
        <location filename="../models/sync/githubarchivedownload.cpp" line="+83"/>
        <source>&apos;%1&apos; is not a repository; write OWNER/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a branch, tag or commit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+89"/>
        <location line="+60"/>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the server continued the archive download at the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the archive is larger than %1 MB; download stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>too many redirects downloading the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the archive download was redirected to an unsafe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GitHub answered %1 for %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (no such repository or ref, or it is private and needs a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the archive download ended after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+34"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubChange</name>
    <message>
        <location filename="../models/github/githubchange.cpp" line="+52"/>
        <source>Post a comment of %1 characters on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the label &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the label &apos;%1&apos; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an issue in %1 titled &apos;%2&apos; with the labels %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <location filename="../models/github/githubclient.cpp" line="+322"/>
        <source>GitHub did not answer in time; check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach %1 (%2); check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+267"/>
        <source>GitHub rejected the token (wrong, expired or revoked): sign in again in Settings → GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-255"/>
        <source>GitHub is limiting requests that come too fast; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub&apos;s limit of %1 requests per hour is used up until %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Sign in (Settings → GitHub) for 5,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub refused this (%1): the token lacks the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on GitHub: the repository %1 does not exist, or it is private and needs a token that can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub answered %1 %2; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>GitHub&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>GitHub&apos;s answer was not a list; is %1 a GitHub API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GitHub&apos;s next page points to another server (%1); not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Not signed in: reading only, within GitHub&apos;s 60 requests per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token set; not yet confirmed by GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rate limit not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 GitHub requests left, resets at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a repository; expected OWNER/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing issues needs a GitHub token: sign in in Settings → GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubSettingsDialog</name>
    <message>
        <location filename="../widgets/github/githubsettingsdialog.cpp" line="+19"/>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog &amp;repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For GitHub Enterprise: https://HOST/api/v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged issues are answered 304 by GitHub and cost no quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal access token (leave empty to keep the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a token, Plotbench reads issues within GitHub&apos;s 60 requests per hour; commenting and labelling need one. GITHUB_TOKEN in the environment is used when set. The token is never written to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The repository must be OWNER/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API URL must be an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubTokenStore</name>
    <message>
        <location filename="../models/github/githubtokenstore.cpp" line="+39"/>
        <source>The system keychain could not be read (%1); set GITHUB_TOKEN or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token could not be stored in the system keychain (%1); it is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapBasic</name>
    <message>
        <location filename="../plots/heatmap-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Column label of each cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row label of each cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity mapped to the cell&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bicycles per hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramBasic</name>
    <message>
        <location filename="../plots/histogram-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>One observation of the measured variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Birth weight (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramCumulative</name>
    <message>
        <location filename="../plots/histogram-cumulative/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>One observation; counts accumulate over the bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>50 %: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 %: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cumulative share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <location filename="../models/implementationmodel.cpp" line="+117"/>
        <source>The metadata does not record the library version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationReport</name>
    <message>
        <location filename="../models/github/githubchange.cpp" line="+32"/>
        <source>Name the spec the problem is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a spec id (lower-case words joined by hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category: visual, data, functional or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the problem (at least 10 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationRunner</name>
    <message>
        <location filename="../models/comparison/implementationrunner.cpp" line="+328"/>
        <source>There is no Python script to run for this implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Python 3 is not installed on this machine (no python3 on PATH). Install it to run implementations locally, e.g. &apos;apt install python3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No temporary folder could be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The temporary folder could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+74"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Python here has %1 (import %2 failed with %3). Install it to run this implementation, e.g. &apos;apt install python3-%1&apos; or &apos;pip install %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>It wrote outside its folder (removed with the temporary copy): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the script tried to write outside its folder, to %1. Only its own folder is writable; nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: the script tried to reach the network (%1). Scripts run without network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped after %1 s: the script did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the script printed more than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script failed (exit code %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The script finished but wrote no plot*.png or plot*.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran with Python %1 and %2 %3 in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsForm</name>
    <message>
        <location filename="../widgets/data/importoptionsform.cpp" line="+44"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+26"/>
        <location line="+21"/>
        <location line="+122"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-210"/>
        <source>CSV / text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument (.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doubled quote &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backslash \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;scape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines before the header row: a title, notes, blank lines (Detect: from the field counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row holding the column names, counted after the skipped lines (0: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, e.g. #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point 1.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space 1 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apostrophe 1&apos;000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thousands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cells that mean &quot;no value&quot;, separated by commas; an empty cell always does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integers that look like Unix times are dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>used range, or e.g. B3:F200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell &amp;range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>detect, or e.g. data.items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../models/data/importsource.cpp" line="+13"/>
        <source>Pasted table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarningModel</name>
    <message>
        <location filename="../models/data/importwarningmodel.cpp" line="+25"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueLifecycle</name>
    <message>
        <location filename="../models/github/issuelifecycle.cpp" line="+178"/>
        <source>Spec requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../models/github/issuemodel.cpp" line="+34"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueThreadView</name>
    <message>
        <location filename="../widgets/github/issuethreadview.cpp" line="+45"/>
        <source>Add Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a Problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A label to add or remove, e.g. approved or generate:matplotlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment (Markdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select an issue to read its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>AI reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spec %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sign in (Settings → GitHub) to change issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>#%1 has no label &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueTracker</name>
    <message>
        <location filename="../models/github/issuetracker.cpp" line="+67"/>
        <source>Loading issues of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n issue(s), checked %1</source>
        <translation>
            <numerusform>%n issue, checked %1</numerusform>
            <numerusform>%n issues, checked %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 failed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The label change was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The comment was not posted; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>It may have been posted: your text is kept, and trying again checks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was created; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../widgets/github/issuespanel.cpp" line="+36"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every lifecycle state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search issues (number, title, spec, label)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check GitHub for changes (unchanged issues cost no quota)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/sync/apicatalogmapper.cpp" line="-452"/>
        <source>should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>should be a list of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has values that are not text; they are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>should be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>should be a whole number ≥ 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not a date and time: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>should be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1 characters long; cut to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../models/data/jsonreader.cpp" line="+160"/>
        <location line="+249"/>
        <source>Import canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-227"/>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>duplicate key &quot;%1&quot;; the last value is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>More than %1 columns; the rest are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The JSON file is %1 MiB; at most %2 MiB can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The file cannot be read from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid UTF-8 at byte %1 (and maybe later); replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The JSON is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record path &quot;%1&quot; does not exist: there is no &quot;%2&quot; at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record path &quot;%1&quot; does not exist: &quot;%2&quot; has no &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Records read from the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>record %1 is not an object; read as an empty row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/sync/keychainsecretstore.cpp" line="+30"/>
        <source>the system keychain could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the password could not be kept in the system keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the password could not be removed from the system keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleGraph</name>
    <message>
        <location filename="../models/drafting/lifecyclegraph.cpp" line="+32"/>
        <source>Spec requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a maintainer approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the spec is merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a workflow starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review or tests failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requested again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../widgets/drafting/lifecyclepanel.cpp" line="+47"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (or use the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashed: a way back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lifecycle of #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plot lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleView</name>
    <message>
        <location filename="../widgets/drafting/lifecycleview.cpp" line="+46"/>
        <source>Wheel to zoom, drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineBasic</name>
    <message>
        <location filename="../plots/line-basic/implementations/cpp/qtcharts.cpp" line="+23"/>
        <source>Ordered position, typically a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value at that position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>`%1` was not in ascending order; the points are joined in order of `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineMarkers</name>
    <message>
        <location filename="../plots/line-markers/implementations/cpp/qtcharts.cpp" line="+23"/>
        <source>Position of each measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line each measurement belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hours awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reaction time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineMulti</name>
    <message>
        <location filename="../plots/line-multi/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Shared ordered position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a series at that position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line each observation belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewables (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineTimeseries</name>
    <message>
        <location filename="../plots/line-timeseries/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Moment of each observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>February 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand (GW)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LollipopBasic</name>
    <message>
        <location filename="../plots/lollipop-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Label of each stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at the head of the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median commute (km)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+78"/>
        <source>Catalog problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Catalog Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a checkout of the anyplot repository or its plots/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the small catalog built into Plotbench; works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a new plot specification, check it against the catalog and submit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the catalog from the anyplot API, a GitHub archive or PostgreSQL and keep it for offline use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Push to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a catalog folder into an anyplot PostgreSQL database, as anyplot&apos;s own sync does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub &amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue &amp;Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog repository, GitHub API and sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Plotbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading; the current catalog stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or hide the catalog problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Showing the offline index; checking %1 for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading canceled; still showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loaded %1, %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+146"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n spec</numerusform>
            <numerusform>%n specs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-145"/>
        <location line="+146"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n implementation</numerusform>
            <numerusform>%n implementations</numerusform>
        </translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Read in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open Catalog Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Plotbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Plotbench %1&lt;/h3&gt;&lt;p&gt;A native workbench for the &lt;a href=&quot;https://anyplot.ai&quot;&gt;anyplot&lt;/a&gt; plot catalog: browse specs, compare library implementations and check the catalog&apos;s quality.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n problems</source>
        <comment>catalog warnings</comment>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plotbench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plotbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2; synced %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>GitHub Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spec &apos;%1&apos; is not in the open catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Issue Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataParser</name>
    <message>
        <location filename="../models/catalog/metadataparser.cpp" line="+40"/>
        <source>&apos;criteria_checklist&apos; should be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a checklist item should be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;review&apos; should be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>verdict &apos;%1&apos; is neither APPROVED nor REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;impl_tags&apos; should be a mapping of lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a mapping of keys, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>library &apos;%1&apos; differs from the file name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>specification_id &apos;%1&apos; differs from the folder &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &apos;%1&apos; differs from the folder &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>quality_score %1 is outside 0–100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <location filename="../models/data/odsreader.cpp" line="+134"/>
        <source>Not an OpenDocument spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an OpenDocument spreadsheet: it has no content.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document is damaged; what follows the damage is lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Repeated cells beyond %1 ignored (row %2 repeats %3 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cells beyond column %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&quot;%1&quot; is not a number; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a time; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>error value %1; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCatalogSource</name>
    <message>
        <location filename="../models/sync/offlinecatalogsource.cpp" line="+31"/>
        <source>offline copy in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no offline copy yet; sync first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCatalogStore</name>
    <message>
        <location filename="../models/sync/offlinecatalogstore.cpp" line="+134"/>
        <source>there is no offline copy in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the offline copy in %1 is damaged or of another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+26"/>
        <source>the offline copy in %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>refusing to write outside the offline copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCopyingSource</name>
    <message>
        <location filename="../models/sync/offlinecopyingsource.cpp" line="+142"/>
        <source>GitHub archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the offline copy from %1 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Keeping the offline copy: the code of %n implementation(s)…</source>
        <translation>
            <numerusform>Keeping the offline copy: the code of %n implementation…</numerusform>
            <numerusform>Keeping the offline copy: the code of %n implementations…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving the offline copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The offline copy holds no code; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PieBasic</name>
    <message>
        <location filename="../plots/pie-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Name of each part of the whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-negative amount of each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 parts are too many to tell apart; the %2 smallest are pooled as &quot;Other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotDataPanel</name>
    <message>
        <location filename="../widgets/comparison/plotdatapanel.cpp" line="+19"/>
        <source>&lt;b&gt;Plot my data&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PNG: choose size and resolution (default 4800×2700, 300 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the native chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%1: %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— not used —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose a column —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2, does not fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Every role is mapped; nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotInput</name>
    <message>
        <location filename="../plots/engine/plotinput.cpp" line="+113"/>
        <source>No row has usable values in %1 (missing, NaN or infinite everywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped %n of %1 row(s) with missing, NaN or infinite values in %2.</source>
        <translation>
            <numerusform>Skipped %n of %1 row with missing, NaN or infinite values in %2.</numerusform>
            <numerusform>Skipped %n of %1 rows with missing, NaN or infinite values in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n categories appear in several rows; their values are summed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` has %2 categories; the %3 largest are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+67"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>`%1` has %2 groups; the first %3 are drawn apart, the rest together as &quot;other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>`%1` was not in ascending order; the points are joined in order of `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>`%1` has %2 distinct values; the first %3 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some pairs of `%1` and `%2` appear in several rows; their values are summed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>`%1` holds %n negative value(s); the parts of a whole must be zero or more.</source>
        <translation>
            <numerusform>`%1` holds %n negative value; the parts of a whole must be zero or more.</numerusform>
            <numerusform>`%1` holds %n negative values; the parts of a whole must be zero or more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1` sums to zero; there is no whole to divide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotMapping</name>
    <message>
        <location filename="../plots/engine/plotmapping.cpp" line="+125"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The table has no rows to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not mapped: choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is mapped to column %2, which the table does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs %2; %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: column %2 has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 has no value in %n rows; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 holds %n infinite values; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 holds %n values that are not numbers (NaN); they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has no finite numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not role=column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no role %1; the roles are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no column %1; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolarLine</name>
    <message>
        <location filename="../plots/polar-line/implementations/cpp/qtcharts.cpp" line="+25"/>
        <source>Direction in degrees, clockwise from north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance from the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wind direction (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean wind speed (m/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresCatalogSource</name>
    <message>
        <location filename="../models/sync/postgrescatalogsource.cpp" line="+131"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; the connection was lost and nothing of this read was kept — run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the specs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the implementations of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>quality_score %1 is outside 0–100; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not code of the database catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the database again to read its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no code in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <location filename="../models/sync/postgresconnection.cpp" line="+241"/>
        <source>out of memory while connecting to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the query failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresPushMemory</name>
    <message>
        <location filename="../models/sync/postgrespushmemory.cpp" line="+93"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresPushReport</name>
    <message>
        <location filename="../models/sync/postgresstore.cpp" line="+837"/>
        <source>Dry run against %1: nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed %1 and %2 to %3 in %4 ms.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n spec</numerusform>
            <numerusform>%n specs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n implementation</numerusform>
            <numerusform>%n implementations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schema would be created (the database has none).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schema was created (the database had none).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 added, %3 changed, %4 removed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n implementation(s) not sent: the database holds them unchanged since the last push.
</source>
        <translation>
            <numerusform>%n implementation not sent: the database holds them unchanged since the last push.
</numerusform>
            <numerusform>%n implementations not sent: the database holds them unchanged since the last push.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <location line="-681"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot create the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n implementation(s) have metadata but no code file; their code is NULL</source>
        <translation>
            <numerusform>%n implementation have metadata but no code file; their code is NULL</numerusform>
            <numerusform>%n implementations have metadata but no code file; their code is NULL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>another sync or push is writing the implementations; try again when it has finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot remember the pushed rows for the next push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+7"/>
        <source>cannot write the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot stage the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a dry run needs the staging method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../widgets/github/changeconfirmation.cpp" line="+23"/>
        <source>Change on GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This exact request will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to GitHub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QqBasic</name>
    <message>
        <location filename="../plots/qq-basic/implementations/cpp/qtcharts.cpp" line="+19"/>
        <source>Observed values compared with a normal distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Daily return (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Q-Q plot needs at least two observations; `%1` has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Normal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theoretical quantiles (standard normal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarBasic</name>
    <message>
        <location filename="../plots/radar-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Axis (dimension) of each value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score on that axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile each value belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A radar chart needs three axes or more to enclose an area; `%1` has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../widgets/github/reportproblemdialog.cpp" line="+24"/>
        <source>Report a Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spec &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong, and where? What did you expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is filed as a new issue with the label report-pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and Send…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../models/catalog/review.cpp" line="+23"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLocallyPanel</name>
    <message>
        <location filename="../widgets/comparison/runlocallypanel.cpp" line="+17"/>
        <source>Runs the catalog&apos;s script on this machine, in a temporary copy of its folder (the only place it may write; no network), with ANYPLOT_THEME=%1 and a time limit of %2 s, so you can see whether it still runs and what changed. Nothing runs until you click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No published preview here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the script prints appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confined by %1: it can write only in its own folder and reach no network.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused writes outside its folder: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused network connections: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
[output cut]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSandbox</name>
    <message>
        <location filename="../models/comparison/runsandbox.cpp" line="+120"/>
        <source>bwrap (bubblewrap) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bwrap could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bwrap did not answer in 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bwrap does not work here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bubblewrap (read-only system, no network) and a Python audit hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Python audit hook only (bubblewrap is not available: native code and child processes are not watched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterBasic</name>
    <message>
        <location filename="../plots/scatter-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Explanatory measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgroup, shown by marker colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>`%1` has %2 groups; the first %3 get their own colour, the rest share one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterColorMapped</name>
    <message>
        <location filename="../plots/scatter-color-mapped/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Horizontal position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third quantity, shown by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Longitude (°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude (°N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>July mean (°C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScatterRegressionLinear</name>
    <message>
        <location filename="../plots/scatter-regression-linear/implementations/cpp/qtcharts.cpp" line="+23"/>
        <source>Explanatory variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Study time (h per week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exam score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>`%1` has no spread (or fewer than two points): no regression line can be fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>95 % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y = %1x %2 %3 (R² = %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetAssembler</name>
    <message>
        <location filename="../models/data/sheetassembler.cpp" line="+14"/>
        <source>&quot;%1&quot; is not a cell range (like B3:F200)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecCardDelegate</name>
    <message numerus="yes">
        <location filename="../widgets/speccarddelegate.cpp" line="+166"/>
        <source>%n libraries</source>
        <comment>card: implementing libraries</comment>
        <translation>
            <numerusform>%n library</numerusform>
            <numerusform>%n libraries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No implementations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecDraftFolderWriter</name>
    <message>
        <location filename="../models/drafting/specdraftfolderwriter.cpp" line="+30"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a valid spec id; fix it in the draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder; choose your anyplot checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists; choose another id or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot move the new folder into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecDraftSubmitter</name>
    <message>
        <location filename="../models/drafting/specdraftsubmitter.cpp" line="+76"/>
        <source>GitHub did not create the issue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecDraftValidator</name>
    <message>
        <location filename="../models/drafting/specdraftvalidator.cpp" line="+77"/>
        <source>The file must start with the heading &apos;# spec-id: Title&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heading must read &apos;# spec-id: Title&apos; (the id, a colon, then the title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; has upper-case letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains spaces or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains &apos;%2&apos;; only a-z, 0-9 and &apos;-&apos; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; starts or ends with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has &apos;--&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Spec ids are lower-case words joined by single &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Spec ids are lower-case words joined by single &apos;-&apos;: &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;spec_id&apos; is missing; it must equal the folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is a reserved word of the anyplot site and cannot be a spec id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; already exists in the catalog (%2); choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has %2 characters; the longest id in the catalog has 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The heading says &apos;%1&apos; but spec_id says &apos;%2&apos;; they must be the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The heading has no title after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;title&apos; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title &apos;%1&apos; differs from the heading&apos;s &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;## %1&apos; is not one of Description, Applications, Data, Notes; anyplot ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;## %1&apos; appears twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write &apos;## %1&apos; exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;## %1&apos; must come before &apos;## %2&apos; (order: Description, Applications, Data, Notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The section &apos;## %1&apos; is missing; it must come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section &apos;## %1&apos; is missing; it belongs after &apos;## %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;## Description&apos; is empty; describe what the plot shows and when to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;## Applications&apos; has no &apos;- &apos; bullets; anyplot reads only bullets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;## Data&apos; has no &apos;- &apos; bullets; list each column as - `name` (type) - meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;## Notes&apos; has text but no &apos;- &apos; bullets; anyplot reads only bullets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;## %1&apos; holds text that is not a &apos;- &apos; bullet; anyplot drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the column as - `name` (type) - meaning; this bullet does not parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data bullets are columns (- `name` (type) - meaning), &apos;Size:&apos; or &apos;Example:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The column &apos;%1&apos; is already listed on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column name &apos;%1&apos; contains spaces; use snake_case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column &apos;%1&apos; has no type in its parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a type anyplot knows; use numeric, integer, categorical, string, datetime, boolean or a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what the column &apos;%1&apos; means after &apos; - &apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Data bullet has the form - `name` (type) - meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YAML error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>specification.yaml must be a mapping of keys (spec_id, title, …, tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;tags&apos; is missing: give plot_type, data_type, domain and features (1 to 6 values each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tags.%1 is missing; give 1 to 6 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tags.%1 is empty; give 1 to 6 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags.%1 must be a list (&apos;- value&apos; lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tags.%1 holds %2 values; give 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A tags.%1 value must be a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is listed twice in tags.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos;: tags are lower-case words joined by &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;: tags are lower-case words joined by &apos;-&apos; (did you mean &apos;%2&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is new in tags.%2: no spec in the catalog uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is new in tags.%2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the placeholder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <location filename="../widgets/drafting/speceditor.cpp" line="+65"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Similar spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Existing specs ranked by tag overlap and text similarity: check for duplicates before submitting. Double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Spec Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit as Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Draft saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft could not be saved (%1); it stays open here and is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to go to the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems: the draft follows every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Indexing the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tags %1 %, text %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No similar spec in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the errors in the validation list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the GitHub issue, then create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write specification.md and specification.yaml into a checkout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecEditorWindow</name>
    <message>
        <location filename="../widgets/drafting/speceditorwindow.cpp" line="+27"/>
        <source>New Spec — Plotbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifecycle of the Submitted Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reopened the draft you were writing (last change %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened your draft. Its last submit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Created issue #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The issue was not created: %1 Your draft is kept; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sign in to GitHub (Settings → GitHub) to create the issue. Your draft is saved meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub needs a valid token to create issues: sign in under Settings → GitHub. Your draft is saved meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This draft was already submitted as issue #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your anyplot Checkout (or its plots/ Folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the spec folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the Spec Folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace its specification.md and specification.yaml?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spec folder was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started a new draft; the previous one stays saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the Draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this draft away? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecFolderParser</name>
    <message>
        <location filename="../models/catalog/specfolderparser.cpp" line="+53"/>
        <source>folder has no specification.md or specification.yaml; not a spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>describes the same implementation as %1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file does not belong in the catalog layout; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>specification.md is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>heading names &apos;%1&apos;, the folder is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sections are &apos;%1&apos;; expected Description, Applications, Data, Notes in that order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>specification.yaml is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the code file of this implementation is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no metadata/%1/%2.yaml for this implementation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecMarkdownParser</name>
    <message>
        <location filename="../models/catalog/specmarkdownparser.cpp" line="+31"/>
        <source>contains binary data (NUL bytes); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not valid UTF-8; unreadable characters replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the heading should read &apos;# spec-id: Title&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no &apos;# spec-id: Title&apos; heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecPage</name>
    <message>
        <location filename="../widgets/specpage.cpp" line="+30"/>
        <source>Plot type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the catalog (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Implementations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+165"/>
        <source>Select an implementation to see its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Compare side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every library&apos;s picture next to the native chart drawn with your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No library implements this spec yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spec not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no spec with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>*This spec has no description.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The catalog has no code file for this implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecSubmitDialog</name>
    <message>
        <location filename="../widgets/drafting/specsubmitdialog.cpp" line="+20"/>
        <source>Submit the Spec as a GitHub Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This issue will be created in &lt;b&gt;%1&lt;/b&gt;, as the &quot;Request New Plot&quot; form would create it. Nothing is sent until you press Create Issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create Issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecYamlParser</name>
    <message>
        <location filename="../models/catalog/specyamlparser.cpp" line="+13"/>
        <source>expected a mapping of keys, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spec_id &apos;%1&apos; differs from the folder name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;tags&apos; should be a mapping of four lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StemBasic</name>
    <message>
        <location filename="../plots/stem-basic/implementations/cpp/qtcharts.cpp" line="+22"/>
        <source>Position of each stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height of the stem from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sample n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impulse response h[n]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 stems are too many to tell apart; every %2th is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBasic</name>
    <message>
        <location filename="../plots/step-basic/implementations/cpp/qtcharts.cpp" line="+20"/>
        <source>Moments at which the value changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value until the next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/synccontroller.cpp" line="+98"/>
        <source>this source is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synced %1 and %2 from %3: %4 changed, %5 kept, %6 removed — %7, %8 in %9 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-83"/>
        <location line="+84"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n spec</numerusform>
            <numerusform>%n specs</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Synced %1 and %2 from %3 in %4 s; kept for offline use with the code of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <location line="+81"/>
        <source>%n implementation(s)</source>
        <translation>
            <numerusform>%n implementation</numerusform>
            <numerusform>%n implementations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The password is used for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+86"/>
        <source>The offline copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../widgets/sync/syncdialog.cpp" line="+26"/>
        <source>Sync Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>anyplot REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub archive (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the sync; the offline copy stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fetch every spec again, changed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index is fetched in four requests; then only the specs whose entry changed. Code is fetched when you first open it. Everything is kept for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give an http:// or https:// address, like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopped. The offline copy stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>The sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFreshness</name>
    <message>
        <location filename="../models/sync/syncfreshness.cpp" line="+20"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>offline copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadMarkdown</name>
    <message>
        <location filename="../models/github/threadmarkdown.cpp" line="+62"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>… %1 more characters not shown; open the issue on GitHub to read all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileDetailDialog</name>
    <message>
        <location filename="../widgets/comparison/tiledetaildialog.cpp" line="+52"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;p&gt;This implementation has no review.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;No implementation tags.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Styling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningCollector</name>
    <message numerus="yes">
        <location filename="../models/data/warningcollector.h" line="+30"/>
        <source>%n more warning(s) not listed</source>
        <translation>
            <numerusform>%n more warning not listed</numerusform>
            <numerusform>%n more warnings not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaterfallBasic</name>
    <message>
        <location filename="../plots/waterfall-basic/implementations/cpp/qtcharts.cpp" line="+21"/>
        <source>Label of each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change at that step, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>2025, café cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thousand €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../models/data/xlsxreader.cpp" line="+207"/>
        <source>Not an Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an Excel workbook: it has no workbook part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a chart or dialog sheet, not a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet &quot;%1&quot; points to a part that is not in the file (or outside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook&apos;s %1 part &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+241"/>
        <source>Import canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-230"/>
        <source>The sheet is damaged; rows after the damage are lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The part &quot;%1&quot; points outside the file (&quot;%2&quot;); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n cell(s) beyond the sheet&apos;s limits (XFD1048576) ignored</source>
        <translation>
            <numerusform>%n cell beyond the sheet&apos;s limits (XFD1048576) ignored</numerusform>
            <numerusform>%n cells beyond the sheet&apos;s limits (XFD1048576) ignored</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>shared string %1 does not exist; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error value %1; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid date; read as missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <location filename="../models/data/xmlpart.cpp" line="+33"/>
        <source>%1 line %2: a document type declaration (DTD) is not allowed here; refused to avoid XML entity expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 line %2: entity reference &quot;%3&quot; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <location filename="../models/data/xmlscanner.cpp" line="+105"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>the part cannot be read (damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>a tag, comment or CDATA section longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+193"/>
        <source>a text longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a tag without a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;/&apos; inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a malformed attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an attribute without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an attribute value without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;&lt;&apos; in an attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>content after the document&apos;s root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a malformed reference in a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the namespace prefix &quot;%1&quot; is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a malformed closing tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the closing tag &lt;/%1&gt; has no opening tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the closing tag &lt;/%1&gt; does not match &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+56"/>
        <source>premature end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>entity reference &quot;%1&quot; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a document type declaration (DTD) is not allowed here; refused to avoid XML entity expansion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <location filename="../models/catalog/yamldocument.cpp" line="+132"/>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many nodes after expanding aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>too many nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlFieldReader</name>
    <message>
        <location filename="../models/catalog/yamlfieldreader.cpp" line="+35"/>
        <source>&apos;%1&apos; should be text, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; should be a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; should be a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a date and time: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; should be a list of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <location filename="../models/catalog/yamldocument.cpp" line="-125"/>
        <location line="+11"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchiveIndex</name>
    <message>
        <location filename="../models/sync/ziparchive.cpp" line="+37"/>
        <source>%1 is not a zip archive or cannot be read (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 entries, more than the %3 a catalog checkout could hold; the archive is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has more than %2 entries; the archive is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: entry %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds the entry &apos;%2&apos;, a path outside the archive (absolute or with &apos;..&apos;); the archive is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>symbolic link in the archive not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged (error %2 in its table of contents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchiveReader</name>
    <message>
        <location line="+33"/>
        <source>is %1 MB uncompressed, more than any catalog file should be; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expands %1 times (%2 MB); a decompression bomb, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the archive cannot be opened again (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be found in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read from the archive (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged in the archive (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unpacks to more than its header says (%1 MB); a decompression bomb, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is damaged in the archive (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive unpacks to more than %1 MB; reading stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipCatalogSource</name>
    <message>
        <location filename="../models/sync/zipcatalogsource.cpp" line="+77"/>
        <source>is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the table of contents of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Reading %n spec folder(s)…</source>
        <translation>
            <numerusform>Reading %n spec folder…</numerusform>
            <numerusform>Reading %n spec folders…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+22"/>
        <source>%1 is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code could not be read from the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <location filename="../models/data/zippackage.cpp" line="+29"/>
        <source>The file cannot be read from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a zip archive, or it is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip archive&apos;s directory cannot be read (damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The archive has no part &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part &quot;%1&quot; would inflate to %2 MiB (the limit is %3 MiB); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The part &quot;%1&quot; would inflate %2 times to %3 MiB: likely a zip bomb; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part &quot;%1&quot; cannot be found in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part &quot;%1&quot; cannot be read (damaged, encrypted or an unknown compression)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+51"/>
        <source>Workbench for the anyplot plot catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open SOURCE: an anyplot checkout, its plots/ folder, or &apos;sample&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the page of spec ID once the catalog is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the import dialog for the data FILE (CSV, xlsx, ods, JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this GitHub API (GitHub Enterprise, a test server) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
