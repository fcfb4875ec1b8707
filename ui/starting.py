"""The start-up window: painted at once, before the database opens and the operator window is built.

Importing the database layer, opening (and perhaps migrating) the database and building the operator window take
most of a second on a slow machine; without this window nothing would show that the app has started, and a second
double-click would start a second copy. It closes itself as soon as any other window appears (the operator window,
the sign-in dialog or an error dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class StartingWindow(QLabel):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("StartingWindow", "CallAssist is starting: opening the database…"))
        self.setObjectName("startupWindow")
        self.setWindowTitle("CallAssist")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.resize(420, 120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        other_window = isinstance(watched, QWidget) and watched.isWindow() and watched is not self
        if other_window and event.type() == QEvent.Type.Show:
            # Checked on the next turn of the loop: inside the show event the other window may not count as
            # visible yet, and Qt quits the application when its last visible window closes.
            QTimer.singleShot(0, self._close_if_replaced)
        return False

    def _close_if_replaced(self) -> None:
        others = [w for w in QApplication.topLevelWidgets() if w is not self and w.isWindow() and w.isVisible()]
        if others and self.isVisible():
            self.dismiss()

    def dismiss(self) -> None:
        """Stop watching and close (another window replaced this one, or start-up ended)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()


def show_starting(app: QApplication) -> StartingWindow:
    """Show the start-up window and paint it now (what follows keeps the event loop busy for a while).

    Keep the returned window referenced until start-up ends: if Python collected it, it would be the last window
    closing, and Qt would quit the application.
    """
    window = StartingWindow()
    app.installEventFilter(window)
    window.show()
    app.processEvents()  # the platform exposes the window and it paints, before the heavy imports begin
    return window
