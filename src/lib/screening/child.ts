import type { Question, RoutingModel } from '../../schemas/routing';
import type { Interlude, ScreeningFlow } from '../../schemas/screening';
import type { Answers } from '../routing/answers';

/**
 * Child mode ("Untuk anak"): the pre-screening's questions in a child's words, fewer of them, over the SAME routing
 * model. A question a child is not asked is answered with the answer its data gives (`child.skip`), so the
 * child's answers are a full set of the same ids, and `route()` gives a child the path it gives an adult who
 * answers the same.
 */
export interface ChildQuestions {
  /** The questions a child is asked, in order, in a child's words (the same ids and option ids). */
  questions: Question[];
  /** The answers used for the questions a child is not asked. */
  fixed: Record<string, string[]>;
  /** The interludes in a child's words. */
  interludes: Interlude[];
}

/** The questions and interludes of child mode. The content check proves every question and interlude has its child form. */
export function childQuestions(questions: readonly Question[], interludes: readonly Interlude[]): ChildQuestions {
  const asked: Question[] = [];
  const fixed: Record<string, string[]> = {};
  for (const q of questions) {
    const c = q.child;
    if (c?.skip) {
      fixed[q.id] = [...c.skip];
      continue;
    }
    asked.push({
      ...q,
      title: c?.title ?? q.title,
      hint: c?.hint,
      summary: c?.summary ?? q.summary,
      options: q.options.map((o) => {
        const said = c?.options[o.id];
        return typeof said === 'string' ? { ...o, label: said, hint: undefined } : said ? { ...o, label: said.label, hint: said.hint } : o;
      }),
    });
  }
  const kept = interludes.filter((i) => asked.some((q) => q.id === i.after)).map((i) => (i.child ? { ...i, title: i.child.title, body: i.child.body } : i));
  return { questions: asked, fixed, interludes: kept };
}

/** The child's answers with the answers used for the questions not asked: what goes to the routing engine. */
export function childAnswers(mode: Pick<ChildQuestions, 'fixed'>, answers: Answers): Answers {
  return { ...mode.fixed, ...answers };
}

/** The model and flow as child mode asks them: what the step machine and pages take. */
export function childContext(model: Pick<RoutingModel, 'questions'>, flow: Pick<ScreeningFlow, 'interludes'>): { mode: ChildQuestions; context: { model: { questions: Question[] }; flow: { interludes: Interlude[] } } } {
  const mode = childQuestions(model.questions, flow.interludes);
  return { mode, context: { model: { questions: mode.questions }, flow: { interludes: mode.interludes } } };
}
