"""KPI targets: "target / amber" per KPI, set by an administrator, and the colour of a value."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.services.kpis.catalogue import HOUR, KPIS, KpiDef, kpi_names
from app.services.settings_store import SettingDef, read_settings

GREEN, AMBER, RED = "green", "amber", "red"
_PAIR = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:/\s*(\d+(?:[.,]\d+)?)\s*)?$")


def _text(number: float) -> str:
    return f"{number:g}"


def _checker(kpi: KpiDef):
    def check(value: object) -> str:
        text = str(value or "").strip()
        if not text:
            return ""
        match = _PAIR.match(text)
        if match is None:
            raise ValidationError(
                t(
                    "Write the target and the amber limit as two numbers, for example "
                    "“{example}”, or leave it empty for no target.",
                    example=" / ".join(_text(n) for n in kpi.default_target or (75, 65)),
                ),
                kpi.key,
            )
        target = float(match.group(1).replace(",", "."))
        amber = float((match.group(2) or match.group(1)).replace(",", "."))
        if kpi.unit == "rate" and not (0 <= target <= 100 and 0 <= amber <= 100):
            raise ValidationError(
                t("A rate's target and amber limit are percentages from 0 to 100."), kpi.key
            )
        if kpi.unit == "score" and not (1 <= target <= 5 and 1 <= amber <= 5):
            raise ValidationError(t("A score's target and amber limit are from 1 to 5."), kpi.key)
        if kpi.higher_is_better and amber > target:
            raise ValidationError(
                t("The amber limit is below the target when higher is better."), kpi.key
            )
        if kpi.higher_is_better is False and amber < target:
            raise ValidationError(
                t("The amber limit is above the target when lower is better."), kpi.key
            )
        return f"{_text(target)} / {_text(amber)}"

    return check


KPI_TARGETS: tuple[SettingDef, ...] = tuple(
    SettingDef(
        f"kpi.{k.key}",
        str,
        " / ".join(_text(n) for n in k.default_target),
        check=_checker(k),
    )
    for k in KPIS
    if k.default_target is not None
)


def target_labels() -> dict[str, str]:
    names = kpi_names()
    units = {
        "duration": t("business hours"),
        "rate": "%",
        "score": t("score 1–5"),
        "seconds": t("seconds"),
        "per100": t("per 100"),
        "average": t("per complaint"),
        "ratio": t("ratio"),
    }
    by_key = {k.key: k for k in KPIS}
    return {
        d.key: t(
            "KPI target: {name} (target / amber, {unit})",
            name=names[d.key.removeprefix("kpi.")],
            unit=units[by_key[d.key.removeprefix("kpi.")].unit],
        )
        for d in KPI_TARGETS
    }


def parse_pair(text: str) -> tuple[float, float] | None:
    match = _PAIR.match(text or "")
    if match is None:
        return None
    target = float(match.group(1).replace(",", "."))
    return target, float((match.group(2) or match.group(1)).replace(",", "."))


def read_targets(session: Session) -> dict[str, tuple[float, float]]:
    """KPI key -> (target, amber) in the KPI's own unit (durations in seconds)."""
    found: dict[str, tuple[float, float]] = {}
    units = {k.key: k.unit for k in KPIS}
    for key, value in read_settings(session, KPI_TARGETS).items():
        pair = parse_pair(str(value or ""))
        if pair is None:
            continue
        name = key.removeprefix("kpi.")
        scale = HOUR if units[name] == "duration" else 1
        found[name] = (pair[0] * scale, pair[1] * scale)
    return found


def status(kpi: KpiDef, value: float | None, target: tuple[float, float] | None) -> str | None:
    """green, amber or red; None when there is no value, no target or no better side."""
    if value is None or target is None or kpi.higher_is_better is None:
        return None
    goal, amber = target
    if kpi.higher_is_better:
        return GREEN if value >= goal else AMBER if value >= amber else RED
    return GREEN if value <= goal else AMBER if value <= amber else RED
