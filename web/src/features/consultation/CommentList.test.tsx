import { describe, expect, it } from 'vitest';
import { CommentList, type CommentListProps } from './CommentList';
import { comment, consultation, render } from './testing';

function list(props: Partial<CommentListProps>): string {
  return render(
    <CommentList
      consultation={consultation}
      comments={[]}
      loading={false}
      selectedId={null}
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

  it('shows 25 remarks as collapsed buttons, and offers the rest', () => {
    const many = Array.from({ length: 30 }, (_, index) => comment(`c${index}`));
    const html = list({ comments: many });
    expect(html.match(/aria-expanded="false"/g)).toHaveLength(25);
    expect(html).toContain('Uwagi (30)');
    expect(html).toContain('Pokaż więcej (jeszcze 5)');
    expect(html).toMatch(/aria-pressed="true"[^>]*>.*?Sprzeciw/);
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

  it('shows a remark selected beyond the first page', () => {
    const many = Array.from({ length: 30 }, (_, index) => comment(`c${index}`));
    const html = list({ comments: many, selectedId: 'c28' });
    expect(html).toContain('data-comment-id="c28"');
    expect(html).toContain('Pokaż więcej (jeszcze 1)');
  });
});
