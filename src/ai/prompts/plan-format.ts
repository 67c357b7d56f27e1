/**
 * The plan format as the model reads it: compact, hand-written, checked against StepSchema by a
 * test (every step kind appears here). The JSON schema sent as structured output says the same.
 */
export const LOCATOR_FORMAT = `Locator: {"description":"what the element is","strategies":[…]} — strategies are tried in order, give 2–3, most stable first:
{"ref":"e12"} (an element of the snapshot below; valid only on that page, before any navigation), {"role":"button","name":"Add to cart"}, {"label":"Email"}, {"placeholder":"Search"}, {"testId":"…"}, {"text":"Next page","exact":true}, {"css":"…"}, {"xpath":"…"}.
Prefer ref, role+name, label and placeholder; use css only for stable ids or attributes, never for generated class names.`;

/** Step kinds with their fields. */
export const STEP_FORMAT = `Every step: "id" (short unique word: s1, s2…), "kind", "description" (plain words). Optional: "risk":"high", "optional":true (skip when it fails), "confidence" (0–1).
Step kinds:
- navigate {url} · openTab {url} · switchTab {to:"origin"|"previous"|{"urlIncludes":"…"}}
- click {target} · hover {target} · type {target, value, clear?:true, pressEnter?:false} · select {target, value} · check {target, checked?:true}
- press {key, target?} · scroll {target?, direction?:"down"|"up", pixels?}
- wait {for: {"kind":"time","ms":500} | {"kind":"element","target":Locator,"state":"visible"|"hidden"} | {"kind":"text","text":"…"} | {"kind":"url","includes":"…"} | {"kind":"idle"}}
- extract {what:"list"|"table"|"fields"|"text"|"links"|"headings", target?, fields?:{key:Locator}, query?:"words rows must mention", limit?} → records; list/card records have name, price (number), priceText, currency, url, image; links → {text, url}; headings → {level, text}
- paginate {next:Locator, maxPages?:5, stopWhen?:"noNext"|"noNewRecords", steps:[an extract…]} → records of every page
- forEach {items:"{{param.sites}}" or a literal list, as:"site", steps:[…]} → records of all iterations; inside use {{site}} or {{site.field}}
- compute {op:"sort"|"filter"|"min"|"max"|"merge"|"dedupe", input:"{{steps.ID.records}}" (a list of them for merge), field?, order?:"asc"|"desc", where?:{field, op:"eq"|"ne"|"lt"|"lte"|"gt"|"gte"|"contains", value}}
- askUser {mode:"confirm"|"input", message, field?} · useTemplate {template, version?, params?}
Values may use {{param.NAME}}, {{steps.ID.records}} / {{steps.ID.output}} and {{secret.NAME}}.`;

/** Top-level plan fields (id, goal, source and prompt version are filled in by Errand). */
export const PLAN_FORMAT = `Answer with ONE JSON object and nothing else:
{"intent":"search"|"compare"|"extract"|"fill"|"navigate"|"paginate"|"monitor"|"click"|"type"|"unknown","confidence":0–1,"params":{"NAME":value},"origins":["https://site.example"],"steps":[Step…]}
${STEP_FORMAT}
${LOCATOR_FORMAT}`;
