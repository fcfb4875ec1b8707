"""The start-up window: painted at once, before the database opens and the operator window is built.

Importing the database layer, opening (and perhaps migrating) the database and building the operator window take
most of a second on a slow machine; without this window nothing would show that the app has started, and a second
double-click would start a second copy. It closes itself as soon as any other window appears (the operator window,
the sign-in dialog or an error dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class StartingWindow(QLabel):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("StartingWindow", "CallAssist is starting: opening the database…"))
        self.setObjectName("startupWindow")
        self.setWindowTitle("CallAssist")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.resize(420, 120)
        # Polled rather than an application-wide event filter, which would cost a Python call for every one of the
        # thousands of events the operator window's construction sends.
        self._watch = QTimer(self)
        self._watch.setInterval(50)
        self._watch.timeout.connect(self._close_if_replaced)

    def _close_if_replaced(self) -> None:
        # Only once another window is really visible: Qt quits the application when its last visible window closes.
        others = [w for w in QApplication.topLevelWidgets() if w is not self and w.isWindow() and w.isVisible()]
        if others:
            self.dismiss()

    def dismiss(self) -> None:
        """Stop watching and close (another window replaced this one, or start-up ended)."""
        self._watch.stop()
        self.close()


def show_starting(app: QApplication) -> StartingWindow:
    """Show the start-up window and paint it now (what follows keeps the event loop busy for a while).

    Keep the returned window referenced until start-up ends: if Python collected it, it would be the last window
    closing, and Qt would quit the application.
    """
    window = StartingWindow()
    window.show()
    app.processEvents()  # the platform exposes the window and it paints, before the heavy imports begin
    window._watch.start()
    return window
