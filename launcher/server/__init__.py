"""The built-in Meetings API server (aiohttp, SQLite). No Qt."""
