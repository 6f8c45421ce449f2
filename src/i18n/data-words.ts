import type { Lang } from "./lang.js";

/**
 * Words that come from the data files and the paper in English (a stage of DeepSeek-V3's Table 1,
 * the article's comparison as data/article-figures.csv labels it, a basis of a published estimate)
 * as a reader of zh or ja reads them. Keyed by the English itself, the same keys in both languages
 * (test/i18n/catalogues.test.ts); a word not here is written as the data gives it.
 */
export const dataWords: Readonly<Record<Exclude<Lang, "en">, Readonly<Record<string, string>>>> = {
  zh: {
    "Pre-training": "预训练",
    "Context extension": "上下文扩展",
    "Post-training": "后训练",
    "V3 cost as a share of US models' cost": "V3成本占美国模型成本的比例",
    "AI Index, rental": "AI Index，按租赁价格",
    "Epoch AI, amortized": "Epoch AI，按分摊",
  },
  ja: {
    "Pre-training": "事前学習",
    "Context extension": "コンテキスト拡張",
    "Post-training": "事後学習",
    "V3 cost as a share of US models' cost": "米国モデルのコストに対するV3のコストの比率",
    "AI Index, rental": "AI Index、レンタル価格ベース",
    "Epoch AI, amortized": "Epoch AI、償却ベース",
  },
};

/** `english` in `lang` when the table has it, else as given: `dataWord("zh", "Pre-training")` → `预训练`. */
export function dataWord(lang: Lang, english: string): string {
  return lang === "en" ? english : (dataWords[lang][english] ?? english);
}
