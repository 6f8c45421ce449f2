// Module hooks of input-probe.mjs: after tsx has compiled a probed module, rebind each reader it
// exports to a counting wrapper (an exported function declaration is a live, reassignable binding).
const PROBED = {
  "/src/input/as-range.ts": ["asRange"],
  "/src/input/as-money-range.ts": ["asMoneyRange"],
  "/src/amount/parse-amount.ts": ["parseAmount", "parseAmounts"],
};

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const path = url.startsWith("file:") ? new URL(url).pathname : "";
  const names = Object.entries(PROBED).find(([end]) => path.endsWith(end))?.[1];
  if (!names) return result;
  const wrap = names.map((n) => `${n} = globalThis.__probe(${JSON.stringify(n)}, ${n});`).join("\n");
  return { ...result, source: `${String(result.source)}\n${wrap}\n` };
}
