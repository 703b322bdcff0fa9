"""Moving the data folder: a verified copy with everything but the live files; unsafe targets refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.data_folder import MoveError, check_target, copy_data_folder
from app.store import Store
from app.store.backup import list_backups


def test_copy_data_folder_verifies_and_refuses_unsafe_targets(store: Store, tmp_path: Path) -> None:
    from tests.views.conftest import seed_store

    seed_store(store)
    (store.data_dir / "logs").mkdir(exist_ok=True)
    (store.data_dir / "logs" / "opsdesk.log").write_text("x", encoding="utf-8")
    target = copy_data_folder(store, tmp_path / "moved")
    assert (target / "opsdesk.db").exists() and (target / "logs" / "opsdesk.log").exists()
    assert not (target / "opsdesk.lock").exists()
    assert any("before-move" in p.name for p in list_backups(store.data_dir))
    with Store.open(target) as moved, moved.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM topic").scalar_one() == 3
    with pytest.raises(MoveError):
        check_target(store, target)  # not empty any more
    with pytest.raises(MoveError):
        check_target(store, store.data_dir / "inside")
    with pytest.raises(MoveError):
        check_target(store, store.data_dir)
