"""The HTTP API: FastAPI app factory in app.py, one router per concern in routes/."""
