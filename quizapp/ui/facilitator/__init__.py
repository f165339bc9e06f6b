"""The facilitator area behind the PIN: sessions, the projector, team play, the group
report, profiles, question packs and the end of camp.

`FacilitatorArea` (facilitator_page.py) is the one page the main window
registers; everything else here lives inside it.
"""
