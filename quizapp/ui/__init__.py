"""The PySide6 interface: the main window, its pages and one widget per question kind."""
