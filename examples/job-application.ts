// Example (c): a four-step job application on the demo form site (/apply) — validation errors,
// then a confirmation before the high-risk "Submit application" click.
//   npx tsx examples/job-application.ts                  no model: a saved template, run like its panel button
//   npx tsx examples/job-application.ts --provider test  the goal typed in the panel, planned by the test server
// First with a postcode the form rejects (a UK postcode for Germany): Errand stops at the error
// instead of submitting. Then with the right postcode: Errand asks "submit?", the runner's
// `--confirm goal` policy says yes because the goal asks to submit, and the form is sent.
import { exampleArgs, planLine, show, withSession, type ExampleSession, type Report } from './lib/session';
import { applicationModel } from './lib/application-model';

const TEMPLATE_FILE = 'examples/templates/northwind-application.json';
const person = {
  fullName: 'Jane Doe', email: 'jane@example.com', phone: '+49 30 1234567', street: 'Invalidenstraße 116', city: 'Berlin',
  country: 'Germany', contactMethod: 'Email', interests: ['Logistics planning'], submit: true,
};
const goalFor = (postcode: string) =>
  `fill in the job application with full name: ${person.fullName}, email: ${person.email}, phone: ${person.phone}, street address: ${person.street}, `
  + `city: ${person.city}, country: ${person.country}, postcode: ${postcode}, contact method: ${person.contactMethod}, interests: ${person.interests.join(', ')}, and submit it`;

const args = exampleArgs();

async function apply(s: ExampleSession, postcode: string): Promise<{ report: Report; errors: string[] }> {
  const url = `${s.urls.form}/apply`;
  const report = args.provider
    ? await s.run(url, goalFor(postcode), { confirm: 'goal', keepPage: true })
    : await s.runTemplate(url, 'northwind-application', { ...person, postcode }, { keepPage: true });
  const errors = report.page ? await report.page.locator('.error:not(:empty)').allTextContents() : [];
  await report.page?.close();
  return { report: { ...report, page: undefined }, errors };
}

const ok = await withSession(args, async (s) => {
  if (!args.provider && (await s.importTemplates(TEMPLATE_FILE)) !== 1) throw new Error(`Could not import ${TEMPLATE_FILE}`);
  const wrong = await apply(s, 'SW1A 1AA');
  const right = await apply(s, '10115');
  const confirmations = right.report.timeline.filter((e) => e.type === 'run.waiting-user');
  const confirmation = right.report.records.map((r) => String((r as { text?: unknown }).text ?? '')).join('\n');
  show(args, { wrongPostcode: { ...wrong.report, pageErrors: wrong.errors }, rightPostcode: right.report }, () => {
    console.log(`Job application on ${s.urls.form}/apply  [${s.mode}]`);
    console.log(`\n1. Postcode "SW1A 1AA" for Germany — ${planLine(wrong.report)}`);
    const stopped = wrong.report.steps.find((st) => st.status === 'failed');
    if (stopped) console.log(`   stopped at: ${stopped.description}`);
    console.log(`   the form says: ${wrong.errors.join('; ') || '(no error shown)'}`);
    console.log(`\n2. Postcode "10115" — ${planLine(right.report)}`);
    for (const c of confirmations) console.log(`   asked: ${c.message}`);
    console.log(`\n${confirmation.replace(/^/gm, '   ')}`);
  });
  return wrong.report.status !== 'done' && wrong.errors.length > 0 && right.report.ok && /NW-\d{6}/.test(confirmation);
}, { planner: applicationModel });
process.exit(ok ? 0 : 1);
