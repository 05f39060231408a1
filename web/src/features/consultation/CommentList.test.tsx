import { describe, expect, it } from 'vitest';
import { CommentList, type CommentListProps } from './CommentList';
import { everyRemark } from './remarkFilter';
import { comment, consultation, render } from './testing';

function list(props: Partial<CommentListProps>): string {
  return render(
    <CommentList
      consultation={consultation}
      comments={[]}
      total={props.comments?.length ?? 0}
      loading={false}
      hasMore={false}
      onEnd={() => {}}
      filter={everyRemark}
      onFilter={() => {}}
      onOnlyInView={() => {}}
      selectedId={null}
      selectedElsewhere={null}
      onSelect={() => {}}
      onHighlight={() => {}}
      {...props}
    />,
  );
}

describe('CommentList', () => {
  it('says it is loading, then that there are none', () => {
    expect(list({ loading: true })).toContain('Wczytywanie uwag…');
    expect(list({})).toContain('Brak uwag do wyświetlenia.');
  });

  it('draws only the remarks in view, and counts the whole list as the API does', () => {
    const many = Array.from({ length: 60 }, (_, index) => comment(`c${index}`));
    const html = list({ comments: many, total: 1234, hasMore: true });
    const drawn = html.match(/aria-expanded="false"/g)?.length ?? 0;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(20);
    expect(html).toContain('Uwagi (1234)');
    expect(html).toContain('aria-setsize="1234"');
    expect(html).toContain('Wczytano 60 z 1234');
    expect(html).toMatch(/aria-pressed="true"[^>]*>.*?Sprzeciw/);
  });

  it('shows the stances left out as not pressed, and the view limit as checked', () => {
    const html = list({
      comments: [comment('c1')],
      filter: {
        hidden: new Set(['OBJECTION']),
        view: [
          [21, 52],
          [21.1, 52.1],
        ],
      },
    });
    expect(html).toMatch(/aria-pressed="false"[^>]*>.*?Sprzeciw/);
    expect(html).toMatch(/checked=""[^>]*\/>Tylko to, co widać na mapie/);
  });

  it('opens the selected remark with the official response set apart, naming the unit', () => {
    const answered = comment('c1', {
      response: {
        commentId: 'c1',
        decision: 'REJECTED',
        justification: 'Parametry wynikają ze studium.',
        updatedAt: '2026-03-05T10:00:00Z',
      },
    });
    const html = list({ comments: [answered], selectedId: 'c1' });
    expect(html).toContain('aria-expanded="true"');
    expect(html).toMatch(/class="official-response" aria-label="Odpowiedź urzędu"/);
    expect(html).toContain('Odpowiedź urzędu: Biuro Planowania');
    expect(html).toContain('Nieuwzględniona');
    expect(html).toContain('Parametry wynikają ze studium.');
  });

  it('pins a remark chosen on the map that the list has not loaded', () => {
    const html = list({
      comments: [comment('c1')],
      selectedId: 'c99',
      selectedElsewhere: comment('c99'),
    });
    expect(html).toContain('aria-label="Uwaga wybrana na mapie"');
    expect(html).toMatch(/data-comment-id="c99"[\s\S]*aria-expanded="true"/);
  });
});
