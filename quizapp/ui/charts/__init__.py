"""Small charts painted with QPainter (QtCharts is not in PySide6-Essentials).

Each chart states its data in words (its accessible description, and text
drawn next to every bar), follows the theme's colours and text scale, takes
keyboard focus, and grows in height rather than clip at any text size.
"""
