import type { FrontierSelectionName } from "../../data/load-frontier-selections.js";

/**
 * One selection of frontier models: whose it is, where it was made, in which dollars, and the
 * trend Epoch AI itself printed for it, where Epoch fitted one.
 *
 * @category The frontier
 */
export interface FrontierSelection {
  readonly name: FrontierSelectionName;
  /** `the working notebook's 61`. */
  readonly label: string;
  /** Whose selection it is, in words a reader can quote. */
  readonly whose: string;
  /** The file and commit that made it. */
  readonly madeBy: string;
  /** The dollars of its costs: `December-2024 USD`. */
  readonly dollars: string;
  /** Whether Epoch imputed hardware in it. */
  readonly imputesHardware: boolean;
  /** The growth a year Epoch's own notebook printed for it (its own dating of a year), or none where Epoch fitted no trend. */
  readonly epochFit?: {
    readonly growth: number;
    readonly low: number;
    readonly high: number;
    readonly quote: string;
    readonly at: string;
  };
}

/**
 * The three selections, each cited: the paper's (Cottier et al. 2024, 41 models, no hardware
 * imputed), Epoch's working notebook's (61, no hardware imputed) and model_costs.csv's (82, the
 * hardware of 21 imputed). Epoch's printed fits are quoted from the notebooks' outputs.
 */
export const FRONTIER_SELECTIONS: Readonly<Record<FrontierSelectionName, FrontierSelection>> = {
  paper: {
    name: "paper",
    label: "the paper's 41",
    whose: "Epoch AI's paper, Cottier et al. 2024, arXiv:2405.21015",
    madeBy: "cost_analysis.ipynb at commit 39013e2 (2024-12-11)",
    dollars: "December-2023 USD",
    imputesHardware: false,
    epochFit: {
      growth: 2.40727,
      low: 1.969,
      high: 2.9431,
      quote: "2.40727x/year (90% CI: 1.969x, 2.9431x)",
      at: "cost_analysis.ipynb @ 39013e2, Out[51]",
    },
  },
  working: {
    name: "working",
    label: "the working notebook's 61",
    whose: "Epoch AI's working notebook of 2025, without imputed hardware",
    madeBy: "cost_analysis_streamlined.ipynb at commit e13599f (2025-07-04)",
    dollars: "December-2024 USD",
    imputesHardware: false,
    epochFit: {
      growth: 2.76748,
      low: 2.3995,
      high: 3.1919,
      quote: "2.76748x/year (90% CI: 2.3995x, 3.1919x)",
      at: "cost_analysis_streamlined.ipynb @ e13599f, Out[75]",
    },
  },
  "model-costs": {
    name: "model-costs",
    label: "model_costs.csv's 82",
    whose:
      "Epoch AI's model_costs.csv, which an exploratory notebook wrote, \"not the current working version\" in Epoch's commit message, with the hardware of 21 models imputed",
    madeBy: "model_costs.csv at commit 263c40a (the same file as at e13599f)",
    dollars: "December-2024 USD",
    imputesHardware: true,
  },
};
