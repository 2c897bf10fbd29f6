"""A branch named with its company behind a spaced dash, and the branch's own name in it.

"Филиал «Судоремонтный Завод «Нерпа» – АО «ЦС «Звёздочка»", "Branch of PJSC UAC - Novosibirsk
Aviation Plant named after V.P. Chkalov": lists also give the branch's name alone ("Nerpa
Shipyard", "SRZ Nerpa"), which the whole field meets only in part. The company is the side
with a legal form (АО, PJSC), written first or last; the other side is the branch's name. The
company's name is not taken as a name of the branch: it would make every branch of United
Aircraft Corporation a full match for a query of the corporation. Where both sides or neither
have a legal form, the field is left whole.
"""

from __future__ import annotations

import re

from .legal_forms import split_written_legal_forms
from .model import Kind

_BRANCH = re.compile(
    r"^\W*(?:филиал|фл|філія|філіал|branch(?:\s+of)?)\s+(?P<first>.+?)\s+[–—-]\s+(?P<second>.+)$",
    re.IGNORECASE,
)


def branch_name(name: str) -> tuple[str, str] | None:
    """The branch's own name in `name`, and `name` without the dash that marks it (so that it
    is read whole without being split again); None when `name` is not a branch written so."""
    branch = _BRANCH.match(name)
    if not branch:
        return None
    first, second = branch["first"], branch["second"]
    first_company, second_company = _has_legal_form(first), _has_legal_form(second)
    if first_company == second_company:
        return None
    whole = name[: branch.end("first")] + " " + name[branch.start("second") :]
    return (second if first_company else first), whole


def _has_legal_form(text: str) -> bool:
    return bool(split_written_legal_forms(text, Kind.ORGANIZATION)[1])
