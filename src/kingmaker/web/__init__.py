"""The analysts' web app (``kingmaker serve``): ``create_app(store)`` returns a Starlette app."""
from kingmaker.web.app import ExtractionSource, create_app

__all__ = ["create_app", "ExtractionSource"]
