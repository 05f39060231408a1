import type { ConsultationRow } from '../consultations/consultation.sql.js';
import type { Meeting } from '../consultations/consultation.type.js';
import type { TopicCount } from '../feedback/feedback.type.js';
import type { ReportRemarkRow } from './report.sql.js';
import type { ConsultationReport, ReportDistrict, ReportRemark } from './report.type.js';

/** Counts of `keyOf` values, most frequent first (ties in first-seen order). */
function tally<T, K>(items: readonly T[], keyOf: (item: T) => K) {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function toRemark(row: ReportRemarkRow): ReportRemark {
  const { formalName, formalAddress, propertyRight, topicId: _, ...rest } = row;
  const parcels = row.parcels ?? [];
  // The SQL leaves the personal data out unless the viewer may see it.
  const formal =
    row.formalRemark && formalName && formalAddress && propertyRight
      ? { name: formalName, address: formalAddress, propertyRight, parcels }
      : null;
  return { ...rest, parcels, formal };
}

/** The remarks grouped by district, districts by name and remarks outside any last. */
function byDistrict(remarks: ReportRemark[]): ReportDistrict[] {
  const groups = new Map<string | null, ReportRemark[]>();
  for (const remark of remarks) {
    groups.set(remark.district, [...(groups.get(remark.district) ?? []), remark]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'pl')))
    .map(([name, list]) => ({ name, remarks: list }));
}

/** The art. 8k report from the consultation's remarks (in report order) and meetings. */
export function buildReport(
  consultation: ConsultationRow,
  unitName: string,
  rows: ReportRemarkRow[],
  meetings: Meeting[],
): ConsultationReport {
  const remarks = rows.map(toRemark);
  const topicNames = new Map(rows.map((r) => [r.topicId, r.topic]));
  const byStance = { support: 0, objection: 0, proposal: 0, question: 0 };
  for (const remark of remarks) {
    byStance[remark.stance.toLowerCase() as keyof typeof byStance] += 1;
  }
  const byTopic: TopicCount[] = tally(rows, (r) => r.topicId).map(([id, count]) => {
    const name = topicNames.get(id);
    return { topic: id && name ? { id, name } : null, count };
  });
  return {
    consultation,
    unitName,
    published: consultation.status === 'REPORTED',
    publishedAt: consultation.reportPublishedAt,
    totalRemarks: remarks.length,
    answeredRemarks: remarks.filter((r) => r.decision !== null).length,
    byStance,
    byTopic,
    byDistrict: tally(remarks, (r) => r.district).map(([name, count]) => ({ name, count })),
    byDecision: tally(remarks, (r) => r.decision).map(([decision, count]) => ({
      decision,
      count,
    })),
    meetings,
    districts: byDistrict(remarks),
  };
}
