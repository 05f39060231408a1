import { useState } from 'react';
import { QueryState } from '../../ui/QueryState';
import { type View, ViewToggle } from '../../ui/ViewToggle';
import { CommentQueue } from './CommentQueue';
import { FeedbackMap } from './FeedbackMap';
import { FeedbackTable } from './FeedbackTable';
import { FilterForm } from './FilterForm';
import { GroupingControl } from './GroupingControl';
import { ModerationPanel } from './ModerationPanel';
import { usePlannerT } from './planner.i18n';
import type { FeedbackGrouping, PlannerConsultation } from './planner.queries';
import { type AreaChoice, commentFilter, noFilter, type PlannerFilter } from './plannerFilter';
import { ReportPanel } from './ReportPanel';
import { useFeedback } from './useFeedback';

export type PlannerViewProps = { consultation: PlannerConsultation; isModerator: boolean };

/** Feedback by area on the map and in a table, the filtered comments, moderation and report. */
export function PlannerView({ consultation, isModerator }: PlannerViewProps) {
  const t = usePlannerT();
  const [filter, setFilter] = useState<PlannerFilter>(noFilter);
  const [by, setBy] = useState<FeedbackGrouping>('DISTRICT');
  const [cellMeters, setCellMeters] = useState(250);
  const [area, setArea] = useState<AreaChoice | null>(null);
  const [view, setView] = useState<View>('list');
  const feedback = useFeedback(consultation.id, by, cellMeters, filter);
  const { result, cells, classes } = feedback;

  const chooseArea = (key: string) =>
    setArea((current) => (current?.key === key && current.by === by ? null : feedback.areaOf(key)));
  const regroup = (nextBy: FeedbackGrouping, nextCell: number) => {
    setBy(nextBy);
    setCellMeters(nextCell);
    setArea(null);
  };
  const selectedKey = area?.by === by ? area.key : null;

  return (
    <div className="planner-layout" data-view={view}>
      <ViewToggle className="planner-view-toggle" view={view} onChange={setView} />
      <div className="planner-panel">
        <GroupingControl
          by={by}
          cellMeters={cellMeters}
          hasPlan={consultation.plans.length > 0}
          onChange={regroup}
        />
        <FilterForm filter={filter} topics={consultation.topics} onChange={setFilter} />
        <QueryState fetching={!feedback.loaded} error={result.error} onRetry={feedback.refresh}>
          <FeedbackTable cells={cells} selectedKey={selectedKey} onSelect={chooseArea} />
        </QueryState>
        {area && (
          <p className="planner-area">
            {t('area.selected', { name: area.name })}{' '}
            <button type="button" onClick={() => setArea(null)}>
              {t('area.clear')}
            </button>
          </p>
        )}
        <CommentQueue
          consultationId={consultation.id}
          filter={commentFilter(filter, area, feedback.districtIds)}
          onAnswered={feedback.refresh}
        />
        <ModerationPanel consultationId={consultation.id} isModerator={isModerator} />
        <ReportPanel consultation={consultation} />
      </div>
      <FeedbackMap
        cells={cells}
        area={consultation.area}
        classes={classes}
        groupingKey={`${by}-${cellMeters}`}
        selectedKey={selectedKey}
        onSelect={(key) => {
          chooseArea(key);
          setView('list');
        }}
      />
    </div>
  );
}
