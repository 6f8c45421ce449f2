/**
 * What the cases' tests share: the ids of the shipped cases in data/cases.csv's order (the ids users
 * type, issue 21), and a case written by hand from a headline, as the README shows one.
 */
export const SHIPPED_CASE_IDS: readonly string[] = [
  "deepseek-v3",
  "deepseek-r1",
  "llama-3.1-405b",
  "minimax-m1",
  "kimi-k2-thinking",
  "sky-t1-32b-preview",
  "s1-32b",
];

/** A case written by hand, as a user writes one from a headline and as the README shows one. */
export const HAND_WRITTEN_CASE = {
  id: "my-run",
  model: "My-7B",
  claim: "$1,200",
  gpu: "H100",
  gpuCount: 8,
  gpuHours: 400,
  published: "2025-03-01",
  source: "My lab, blog post, https://example.org/my-run",
  quote: "We trained My-7B for $1,200 on 8 H100s in 50 hours.",
};
