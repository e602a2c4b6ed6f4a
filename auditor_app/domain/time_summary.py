"""Audit time figures (IAF MD 5, ISO/IEC 17021-1 9.1.4) as plain records: what services compute, reports print."""

from __future__ import annotations

from dataclasses import dataclass

DAY_MINUTES = 480  # IAF MD 5: one auditor-day is 8 hours
NOTE_CAP_MINUTES = 60  # a note counts at most this long in the estimate from the notes' timestamps
ESTIMATE_NOTE = (f"Estimated from the notes' timestamps: each note counts the time until its author's next note on "
                 f"the same day, at most {NOTE_CAP_MINUTES} minutes; a day's last note counts nothing. An estimate of "
                 "where the time went, not a record of time spent.")


def auditor_days(minutes: float) -> float:
    return minutes / DAY_MINUTES


@dataclass(frozen=True, slots=True)
class AuditorDay:
    """One person's time on one day: planned (the plan's slots) against recorded (time records)."""

    auditor: str
    day: str
    planned: int = 0  # minutes
    on_site: int = 0
    off_site: int = 0
    # False for a technical expert, observer or trainee of the team: IAF MD 5 does not count their time.
    counted: bool = True

    @property
    def actual(self) -> int:
        return self.on_site + self.off_site

    @property
    def difference(self) -> int:
        return self.actual - self.planned


@dataclass(frozen=True, slots=True)
class TimeShare:
    """Time spent on one clause number or process: planned from the plan, ESTIMATED from the notes."""

    name: str  # the clause number, or the process as the plan names it
    title: str = ""  # the clause's title (titles of several standards joined by " / ")
    planned: float = 0.0  # minutes (a slot naming several clauses gives each an equal share)
    estimated: float = 0.0  # minutes, estimated from the notes' timestamps (never a record)


@dataclass(frozen=True, slots=True)
class TimeSummary:
    days: tuple[AuditorDay, ...] = ()
    planned_auditor_days: float | None = None  # set at the application review; None when not set
    rows_without_times: int = 0  # plan rows skipped: no start or end, or the end not after the start
    clauses: tuple[TimeShare, ...] = ()
    processes: tuple[TimeShare, ...] = ()
    notes_estimated: int = 0  # notes whose timestamp went into the estimate

    @property
    def planned(self) -> int:
        """Minutes the plan gives the people whose time counts."""
        return sum(d.planned for d in self.days if d.counted)

    @property
    def on_site(self) -> int:
        return sum(d.on_site for d in self.days if d.counted)

    @property
    def off_site(self) -> int:
        return sum(d.off_site for d in self.days if d.counted)

    @property
    def actual(self) -> int:
        return self.on_site + self.off_site

    @property
    def not_counted(self) -> tuple[str, ...]:
        return tuple(sorted({d.auditor for d in self.days if not d.counted}, key=str.casefold))

    @property
    def empty(self) -> bool:
        return not (self.days or self.clauses or self.processes or self.planned_auditor_days is not None
                    or self.rows_without_times)


def hours(minutes: float) -> str:
    """Minutes as "h:mm" ("2:30"); negative with a minus sign."""
    whole = round(minutes)
    sign = "−" if whole < 0 else ""
    return f"{sign}{abs(whole) // 60}:{abs(whole) % 60:02d}"


def signed_hours(minutes: float) -> str:
    return ("+" if round(minutes) > 0 else "") + hours(minutes)


def days_text(days: float) -> str:
    """Auditor-days to two decimals without trailing zeros ("4.5", "0.06", "6")."""
    text = f"{days:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
