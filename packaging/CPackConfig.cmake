# CPack: .deb and .tar.gz packages, plus the install rules for desktop integration.
# Included from the top-level CMakeLists.txt after every target exists.
#
#   cmake --build build && (cd build && cpack)        # both generators
#   (cd build && cpack -G DEB)                        # only the .deb
#
# The .deb's Depends line is computed by dpkg-shlibdeps from the linked libraries, plus the runtime
# pieces no ELF file names: Qt loads its platform, image-format and icon-engine plugins at run time.

set(PLOTBENCH_APP_ID io.github.plotbench.Plotbench)
set(plotbench_resources_dir ${PROJECT_SOURCE_DIR}/resources)

# --- desktop integration ------------------------------------------------------------------------
install(FILES ${plotbench_resources_dir}/${PLOTBENCH_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${plotbench_resources_dir}/${PLOTBENCH_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${plotbench_resources_dir}/${PLOTBENCH_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The metainfo carries a <release> entry per version; a release without one is a packaging bug.
file(READ ${plotbench_resources_dir}/${PLOTBENCH_APP_ID}.metainfo.xml plotbench_metainfo)
string(FIND "${plotbench_metainfo}" "<release version=\"${PROJECT_VERSION}\"" plotbench_release_pos)
if(plotbench_release_pos EQUAL -1)
    message(WARNING "resources/${PLOTBENCH_APP_ID}.metainfo.xml has no <release version=\"${PROJECT_VERSION}\">: "
        "add one when bumping the project version")
endif()

# Validate the desktop-integration files with the distribution's own tools when they are installed
# (desktop-file-utils, appstream); neither is a build dependency.
if(PLOTBENCH_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE_EXECUTABLE desktop-file-validate)
    find_program(APPSTREAMCLI_EXECUTABLE appstreamcli)
    if(DESKTOP_FILE_VALIDATE_EXECUTABLE)
        add_test(NAME packaging_desktop_file_valid
            COMMAND ${DESKTOP_FILE_VALIDATE_EXECUTABLE} ${plotbench_resources_dir}/${PLOTBENCH_APP_ID}.desktop)
        set_tests_properties(packaging_desktop_file_valid PROPERTIES LABELS packaging)
    endif()
    if(APPSTREAMCLI_EXECUTABLE)
        add_test(NAME packaging_metainfo_valid
            COMMAND ${APPSTREAMCLI_EXECUTABLE} validate --no-net ${plotbench_resources_dir}/${PLOTBENCH_APP_ID}.metainfo.xml)
        set_tests_properties(packaging_metainfo_valid PROPERTIES LABELS packaging)
    endif()
endif()

# --- common package metadata --------------------------------------------------------------------
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME plotbench)
set(CPACK_PACKAGE_VENDOR "Plotbench developers")
set(CPACK_PACKAGE_CONTACT "Plotbench developers <plotbench@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VERSION_MAJOR ${PROJECT_VERSION_MAJOR})
set(CPACK_PACKAGE_VERSION_MINOR ${PROJECT_VERSION_MINOR})
set(CPACK_PACKAGE_VERSION_PATCH ${PROJECT_VERSION_PATCH})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# Debian control syntax: the body lines are indented by CPack; a lone "." would be a blank line.
set(CPACK_PACKAGE_DESCRIPTION
"Plotbench is a desktop workbench for anyplot, a catalog of library-agnostic plot
specifications, each implemented in several plotting libraries and reviewed for
quality. It browses and lints the catalog offline, compares the implementations
of a spec side by side with a native Qt Charts rendering drawn from your own CSV,
Excel, OpenDocument or JSON data (export to PNG, SVG or PDF), syncs the catalog
from the anyplot API, a GitHub archive or PostgreSQL, follows the GitHub issue
lifecycle and helps drafting new specifications.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY plotbench)
set(CPACK_PACKAGE_FILE_NAME "plotbench-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Ship stripped binaries. The .deb splits the debug info of RelWithDebInfo builds into
# plotbench-dbgsym_<version>_<arch>.ddeb (CPack's own objcopy step, which needs the unstripped file);
# the tarball is stripped plainly. CPack reads this per-generator file at packaging time.
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake)
file(WRITE ${CPACK_PROJECT_CONFIG_FILE} [=[
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_STRIP_FILES ON)
endif()
]=])

# --- DEB --------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)                   # plotbench_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Plotbench developers <plotbench@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
# Loaded as plugins, so invisible to dpkg-shlibdeps: the platform plugins (qt6-qpa-plugins; on
# Debian 12 xcb/offscreen ship in libqt6gui6 itself) and the SVG icon engine and image plugin
# (libqt6svg6) that draw the window icon: the linker drops libQt6Svg while no symbol of it is used.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# Wayland sessions, WebP previews, Qt's own German strings, the fonts the golden renders assume.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-image-formats-plugins, qt6-translations-l10n, fonts-dejavu-core")
# Running catalog implementations on request; a local database to sync into.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3-matplotlib, python3-seaborn, postgresql")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# --- source package (cpack --config CPackSourceConfig.cmake / the package_source target) ----------
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "plotbench-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/" "/\\\\.cache/" "/build[^/]*/" "\\\\.user$" "/compile_commands\\\\.json$")

include(CPack)
