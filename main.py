"""Run the app from a source checkout: ``python main.py [--db PATH]``."""

from directory_app.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
