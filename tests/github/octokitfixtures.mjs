// Starts @octokit/fixtures-server (GitHub's own recorded API responses) on 127.0.0.1 only.
// Copied next to build/npm/node_modules by CMake so that Node resolves the package from there.
// Usage: node octokitfixtures.mjs PORT
import express from "express";
import fixturesServer from "@octokit/fixtures-server";

const port = Number(process.argv[2]);
const app = express();
app.get("/ping", (request, response) => response.json({ ok: true }));
app.use(fixturesServer({ port, fixturesUrl: `http://127.0.0.1:${port}`, logLevel: "error" }));
app.listen(port, "127.0.0.1", () => console.log(`octokit fixtures on 127.0.0.1:${port}`));
