"""Client for the Meetings API contract (httpx, pyjwt). No Qt, no keyring."""
