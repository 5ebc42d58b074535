"""Meeting Launcher: start, schedule and share video meetings."""

__version__ = "0.1.0"
APP_NAME = "Meeting Launcher"
APP_ID = "meeting-launcher"
