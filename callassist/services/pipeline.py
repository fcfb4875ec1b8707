"""The pipeline figures an operator always sees: a refusal hurts less as one of hundreds of calls."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callassist.domain import ClientState, PipelineFigures
from callassist.scheduling import local_midnight
from callassist.services.queue import capped_count, offered_to
from callassist.settings import TeamSettings
from callassist.storage.models import Call, Client, Operator


def figures(session: Session, operator: Operator, now: datetime, settings: TeamSettings) -> PipelineFigures:
    day_start = local_midnight(now, settings.office_timezone)
    day_end = day_start + timedelta(days=1)
    future = session.scalar(select(func.count()).select_from(Client).where(Client.state == ClientState.FUTURE))
    due_today = session.scalar(
        select(func.count())
        .select_from(Client)
        .where(Client.queue_due_at < day_end, Client.queue_rank < 4, Client.queue_rank.is_not(None))
    )
    calls_today = session.scalar(
        select(func.count())
        .select_from(Call)
        .where(Call.operator_id == operator.id, Call.started_at >= day_start, Call.started_at < day_end)
    )
    in_queue = capped_count(session, offered_to(session, operator.id, now, settings))
    return PipelineFigures(
        future_clients=future or 0,
        due_today=due_today or 0,
        calls_today=calls_today or 0,
        daily_goal=operator.daily_goal,
        in_queue=in_queue or 0,
    )
