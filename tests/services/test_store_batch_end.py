"""How the office store's transfers cut a run of files (or audits) into batches: as many as fit, at least one."""

from __future__ import annotations

from auditor_app.services.store_files import batch_end


def test_a_batch_takes_what_fits_in_bytes_and_in_count_and_always_its_first() -> None:
    sizes = [4, 4, 4, 30, 1, 1]
    assert batch_end(sizes, 0, 10, 500) == 2  # 4 + 4; the third would make 12
    assert batch_end(sizes, 3, 10, 500) == 4  # a file larger than the batch goes alone
    assert batch_end(sizes, 4, 10, 500) == 6  # the last ones
    assert batch_end(sizes, 0, 100, 2) == 2  # no more files than allowed, whatever their size
    ends, start = [], 0
    while start < len(sizes):  # every file exactly once, in order
        start = batch_end(sizes, start, 10, 500)
        ends.append(start)
    assert ends == [2, 3, 4, 6]
