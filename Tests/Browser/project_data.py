"""The sample project's data as the office typed it (projekt.yaml, wydarzenia.yaml and the two
spreadsheets), read without zitdocs so the tests compare the pages with the source."""

from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import yaml


@dataclass(frozen=True)
class Person:
    id: str
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    organiser: str
    attendee_ids: frozenset = field(default_factory=frozenset)


@dataclass(frozen=True)
class ProjectData:
    partner_ids: list
    events: dict
    people: dict

    def events_of(self, beneficiary: str) -> list:
        """The beneficiary's events that somebody attended, in the order of wydarzenia.yaml."""
        return [e for e in self.events.values() if e.organiser == beneficiary and e.attendee_ids]

    def attendees(self, event: Event) -> list:
        return [self.people[pid] for pid in event.attendee_ids]


def _rows(path: Path) -> list:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(cell).strip().lower() for cell in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:] if any(cell is not None for cell in row)]


def load(project: Path) -> ProjectData:
    settings = yaml.safe_load((project / "projekt.yaml").read_text(encoding="utf-8"))
    partner_ids = [b["id"] for b in settings["beneficjenci"] if b.get("rola") == "partner"]

    people = {}
    for row in _rows(project / "uczestnicy.xlsx"):
        person = Person(str(row["id"]).strip(), str(row["imię"]).strip(), str(row["nazwisko"]).strip())
        people[person.id] = person

    attended: dict = {}
    for row in _rows(project / "obecnosci.xlsx"):
        attended.setdefault(str(row["wydarzenie"]).strip(), set()).add(str(row["uczestnik"]).strip())

    listed = yaml.safe_load((project / "wydarzenia.yaml").read_text(encoding="utf-8"))["wydarzenia"]
    events = {
        e["id"]: Event(e["id"], e["tytuł"], e["organizator"], frozenset(attended.get(e["id"], ())))
        for e in listed
    }
    return ProjectData(partner_ids, events, people)
