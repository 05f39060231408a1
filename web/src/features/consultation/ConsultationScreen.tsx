import type { Geometry } from 'geojson';
import { type ReactNode, useCallback, useState } from 'react';
import type { Bounds } from '../../map/bounds';
import { MapView } from '../../map/MapView';
import { useSession } from '../../session/useSession';
import { type View, ViewToggle } from '../../ui/ViewToggle';
import { AddCommentPanel } from './AddCommentPanel';
import { CommentList } from './CommentList';
import { ConsultationDetails, ConsultationHeader } from './ConsultationInfo';
import { ConsultationLegend } from './ConsultationLegend';
import { ConsultationMap, type FlyTarget } from './ConsultationMap';
import { useConsultationT } from './consultation.i18n';
import type { Comment, Consultation } from './consultation.queries';
import type { CommentGeometry, Shape } from './locationInput';
import { PlanSection } from './PlanSection';
import { everyRemark, type RemarkFilter, viewBox } from './remarkFilter';
import { useConsultationComments } from './useConsultationComments';
import { useRemarkOutsideList } from './useRemarkOutsideList';

export type ConsultationScreenProps = {
  consultationId: string;
  /** Null while it is asked for: the map starts meanwhile, beside `waiting`. */
  consultation: Consultation | null;
  waiting: ReactNode;
};

/** The consultation screen: its panel (information, plan, remarks, form) beside the map. */
export function ConsultationScreen({
  consultationId,
  consultation,
  waiting,
}: ConsultationScreenProps) {
  const t = useConsultationT();
  const { user } = useSession();
  const [filter, setFilter] = useState<RemarkFilter>(everyRemark);
  const comments = useConsultationComments(consultationId, user?.id ?? null, filter);
  const [view, setView] = useState<View>('list');
  const [mapView, setMapView] = useState<Bounds | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [clipped, setClipped] = useState(false);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [zoneId, setZoneId] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<FlyTarget | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [draft, setDraft] = useState<CommentGeometry | null>(null);
  const [drawShape, setDrawShape] = useState<Shape | null>(null);

  const fly = useCallback((geometry: Geometry | null | undefined) => {
    if (geometry) setFlyTo((prev) => ({ geometry, key: (prev?.key ?? 0) + 1 }));
  }, []);
  const zones = consultation?.plans.flatMap((plan) => plan.zones) ?? [];
  const selectedElsewhere = useRemarkOutsideList(selectedId, comments.comments);
  const selectComment = (id: string | null) => {
    setSelectedId(id);
    fly(comments.comments.find((comment) => comment.id === id)?.geometry);
  };
  const onlyInView = (only: boolean) =>
    setFilter((prev) => ({ ...prev, view: only && mapView ? viewBox(mapView) : null }));
  const viewChanged = (bounds: Bounds) => {
    setMapView(bounds);
    setFilter((prev) => (prev.view ? { ...prev, view: viewBox(bounds) } : prev));
  };
  const selectZone = (id: string | null) => {
    setZoneId(id);
    fly(zones.find((zone) => zone.id === id)?.geometry);
  };
  // A remark chosen on the map is shown in the list (scrolled to, or fetched and pinned).
  const selectFromMap = (id: string) => {
    setSelectedId(id);
    setView('list');
  };
  const closeForm = () => {
    setFormOpen(false);
    setDraft(null);
    setDrawShape(null);
  };
  const added = (comment: Comment, clipped: boolean) => {
    comments.receive(comment);
    closeForm();
    setSelectedId(comment.id);
    setClipped(clipped);
  };

  return (
    <div className="consultation-page" data-view={view}>
      {consultation && <ViewToggle className="view-switch" view={view} onChange={setView} />}
      <div className="consultation-panel">
        {consultation ? (
          <>
            <ConsultationHeader consultation={consultation} />
            <ConsultationDetails
              consultation={consultation}
              onShowPlace={(id) =>
                fly(consultation.meetings.find((meeting) => meeting.id === id)?.place)
              }
            />
            <PlanSection
              consultation={consultation}
              selectedZoneId={zoneId}
              onSelectZone={selectZone}
            />
            <AddCommentPanel
              consultation={consultation}
              formOpen={formOpen}
              onOpen={() => {
                setFormOpen(true);
                setDrawShape('Point');
              }}
              onClose={closeForm}
              draft={draft}
              onDraft={setDraft}
              drawShape={drawShape}
              onDrawShape={setDrawShape}
              onAdded={added}
            />
            <p role="status" className={clipped ? 'notice' : 'visually-hidden'}>
              {clipped ? t('clipped') : ''}
            </p>
            {comments.error && (
              <div role="alert" className="form-error">
                <p>{t('commentsError')}</p>
                <button type="button" onClick={comments.retry}>
                  {t('retry')}
                </button>
              </div>
            )}
            <p role="status" className="visually-hidden">
              {comments.arrived > 0 ? t('arrived', { count: comments.arrived }) : ''}
            </p>
            <CommentList
              consultation={consultation}
              comments={comments.comments}
              total={comments.total}
              loading={comments.loading}
              hasMore={comments.hasMore}
              onEnd={comments.loadMore}
              filter={filter}
              onFilter={setFilter}
              onOnlyInView={onlyInView}
              selectedId={selectedId}
              selectedElsewhere={selectedElsewhere}
              onSelect={selectComment}
              onHighlight={setHoverId}
            />
          </>
        ) : (
          waiting
        )}
      </div>
      <div className="consultation-map">
        <MapView label={consultation ? t('mapLabel', { title: consultation.title }) : t('heading')}>
          {consultation && (
            <ConsultationMap
              consultation={consultation}
              filter={filter}
              live={comments.live}
              highlightId={hoverId ?? selectedId}
              selectedZoneId={zoneId}
              flyTo={flyTo}
              draft={draft}
              drawShape={formOpen ? drawShape : null}
              onDrawn={(geometry) => {
                setDraft(geometry);
                // On a phone, back to the form once the place is drawn.
                setView('list');
              }}
              onSelectComment={selectFromMap}
              onViewChange={viewChanged}
              onSelectZone={selectZone}
            />
          )}
        </MapView>
        {consultation && <ConsultationLegend consultation={consultation} />}
      </div>
    </div>
  );
}
