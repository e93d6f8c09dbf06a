"""First run, sign-in and the operators dialog, against a real migrated database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from opsdesk.domain.enums import Role
from opsdesk.services import operators


def _ok(dlg) -> None:
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_run_creates_the_supervisor_and_console_settings(qtbot, tasks, wait_tasks, database, english):
    from opsdesk.config import ConsoleSettings
    from ui.dialogs.first_run_dialog import FirstRunDialog

    dlg = FirstRunDialog(tasks, ConsoleSettings())
    qtbot.addWidget(dlg)
    dlg.show()
    wait_tasks(tasks)
    assert dlg.profile.count() >= 2  # the built-in profiles, from the database
    dlg.profile.setCurrentIndex(dlg.profile.findData("NT-ONSITE"))
    dlg.form.name.insert("李娜")  # QTest cannot type CJK
    dlg.form.post.insert("项目经理")  # QTest cannot type CJK
    qtbot.keyClicks(dlg.form.phone, "0513-8888 1234")
    qtbot.keyClicks(dlg.form.secret, "135790")
    qtbot.keyClicks(dlg.form.secret2, "135790")
    dlg.console_code.setText("b2")  # lower case is accepted and upper-cased
    with qtbot.waitSignal(dlg.created, timeout=10000) as sig:
        _ok(dlg)
    op, settings = sig.args
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert op.name == "李娜" and op.role == Role.SUPERVISOR and op.secret_kind == "pin"
    assert settings.console_code == "B2" and settings.profile_code == "NT-ONSITE"
    with database.session() as s:
        assert operators.authenticate(s, "李娜", "135790").id == op.id


def test_first_run_keeps_input_when_pins_differ_or_code_is_bad(qtbot, tasks, wait_tasks, database, english):
    from opsdesk.config import ConsoleSettings
    from ui.dialogs.first_run_dialog import FirstRunDialog

    dlg = FirstRunDialog(tasks, ConsoleSettings())
    qtbot.addWidget(dlg)
    dlg.show()
    wait_tasks(tasks)
    dlg.form.name.insert("李娜")  # QTest cannot type CJK
    qtbot.keyClicks(dlg.form.secret, "1357")
    qtbot.keyClicks(dlg.form.secret2, "2468")
    dlg.console_code.setText("1-A")
    _ok(dlg)
    wait_tasks(tasks)
    assert dlg.isVisible()
    assert dlg.form.errors.isVisible() and "differ" in dlg.form.errors.text()
    assert dlg.console_error.isVisible()
    assert dlg.form.name.text() == "李娜"  # nothing typed is lost
    assert dlg.form.secret.text() == ""  # but the mismatching secrets are cleared
    with database.session() as s:
        assert operators.count_operators(s) == 0

    # a PIN with letters: the service's ValidationError comes back as a line next to the form
    dlg.console_code.setText("A1")
    qtbot.keyClicks(dlg.form.secret, "12ab")
    qtbot.keyClicks(dlg.form.secret2, "12ab")
    _ok(dlg)
    wait_tasks(tasks)
    assert dlg.isVisible()
    assert "4 to 12 digits" in dlg.form.errors.text()
    assert dlg.form.name.text() == "李娜"


def _sign_in_dialog(qtbot, tasks, wait_tasks, **kw):
    from ui.dialogs.sign_in_dialog import SignInDialog

    dlg = SignInDialog(tasks, "A1", **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    wait_tasks(tasks)
    return dlg


def test_sign_in_with_the_right_pin(qtbot, tasks, wait_tasks, supervisor, supervisor_pin, english):
    dlg = _sign_in_dialog(qtbot, tasks, wait_tasks)
    assert dlg.who.count() == 1 and "王伟" in dlg.who.currentText()
    qtbot.keyClicks(dlg.secret, supervisor_pin)
    with qtbot.waitSignal(dlg.signed_in, timeout=10000) as sig:
        qtbot.keyClick(dlg.secret, Qt.Key.Key_Return)  # Enter signs in
    assert sig.args[0].id == supervisor.id
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_wrong_pin_says_so_without_detail_and_clears_the_field(qtbot, tasks, wait_tasks, supervisor, english):
    dlg = _sign_in_dialog(qtbot, tasks, wait_tasks)
    qtbot.keyClicks(dlg.secret, "9999")
    qtbot.keyClick(dlg.secret, Qt.Key.Key_Return)
    wait_tasks(tasks)
    assert dlg.isVisible() and dlg.operator is None
    assert dlg.message.isVisible()
    assert "Sign-in failed" in dlg.message.text()
    assert "9999" not in dlg.message.text()
    assert dlg.secret.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.secret, timeout=2000)


def test_empty_secret_is_not_sent(qtbot, tasks, wait_tasks, supervisor, english):
    dlg = _sign_in_dialog(qtbot, tasks, wait_tasks)
    _ok(dlg)
    assert tasks.pending == 0 and dlg.message.isVisible() and dlg.isVisible()


def test_supervisor_adds_an_operator(qtbot, state, wait_tasks, supervisor, database):
    from ui.dialogs.operators_dialog import OperatorsDialog

    state.set_operator(supervisor)
    dlg = OperatorsDialog(state)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_tasks(state.tasks)
    assert dlg.table.rowCount() == 1
    f = dlg.form
    f.name.insert("张强")  # QTest cannot type CJK
    f.post.insert("机房工程师")  # QTest cannot type CJK
    qtbot.keyClicks(f.phone, "13900000001")
    f.kind.setCurrentIndex(f.kind.findData("password"))
    qtbot.keyClicks(f.secret, "secret-pass")
    qtbot.keyClicks(f.secret2, "secret-pass")
    dlg.add_button.click()
    wait_tasks(state.tasks)
    assert dlg.table.rowCount() == 2
    assert f.name.text() == ""  # the form is ready for the next one
    with database.session() as s:
        op = operators.authenticate(s, "张强", "secret-pass")
    assert op.role == Role.OPERATOR and op.post == "机房工程师"

    # the same name again: a duplicate, said next to the form; what was typed stays
    f.name.insert("张强")  # QTest cannot type CJK
    qtbot.keyClicks(f.secret, "1234")
    qtbot.keyClicks(f.secret2, "1234")
    dlg.add_button.click()
    wait_tasks(state.tasks)
    assert "already exists" in f.errors.text()
    assert f.name.text() == "张强"
    assert dlg.table.rowCount() == 2
