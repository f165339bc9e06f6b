"""Share with peers: packs, your own questions, challenges, result cards and certificates.

Each page here is a self-contained widget that gets what it needs in its
constructor; `routes.SharingRoutes` wires them into the main window, and the
facilitator area can host a `PackPage(allow_import=True)` or an
`ImportQuestionsPage` of its own.
"""
