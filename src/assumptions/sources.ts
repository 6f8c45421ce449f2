/**
 * The sources the assumptions' defaults and uncertainties cite, written once. Each names the
 * document, its date and where it can be read; Epoch AI's code is cited by file, line and commit.
 */
export const sources = {
  nikkei:
    'Nikkei 中文网, 井泽瞳, "DeepSeek所用GPU或比尖端产品便宜1～3成", 2025-02-11, https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html',
  deepseekV3:
    'DeepSeek-AI, "DeepSeek-V3 Technical Report", arXiv:2412.19437, 2024-12-27, Table 1, https://arxiv.org/abs/2412.19437',
  epochCode:
    "Epoch AI, training-cost-trends (Cottier et al. 2024, arXiv:2405.21015), https://github.com/epoch-research/training-cost-trends, cost_analysis_standalone.py at commit 263c40a",
  epochModules:
    "Epoch AI, training-cost-trends, https://github.com/epoch-research/training-cost-trends, at commit 1075758 (the last layout with separate modules, whose docstrings give the sources)",
  epochGpuTrend:
    'Hobbhahn and Besiroglu, "Trends in GPU price-performance", Epoch AI, 2022, https://epoch.ai/blog/trends-in-gpu-price-performance (read via its copy on the Alignment Forum): ML GPUs (n=26) gain 10× FLOP/s per dollar every "6.86 years [5.12, 10.39]" (95% CI), i.e. 1 ÷ 10.39 = 0.096 to 1 ÷ 5.12 = 0.195 orders of magnitude a year',
  awsCapacityBlocks:
    'AWS, "Amazon EC2 Capacity Blocks for ML pricing", p5.48xlarge (8 × H100) US East: $39.33/h = $4.916 per GPU-hour, late 2024, https://aws.amazon.com/ec2/capacityblocks/pricing/',
  hardwarePrices:
    "data/hardware-prices.csv (Epoch AI's hardware price database, training-cost-trends data/Hardware prices.csv at commit 263c40a, each row with its own source; plus DeepSeek's $2 and AWS's Capacity Blocks)",
  electricityPrices:
    "data/electricity-prices.csv (Epoch AI's energy_price(), cost_analysis_standalone.py:464–485 at commit 263c40a: US industrial averages, EIA)",
  nvidiaH800:
    "NVIDIA H800 Tensor Core GPU datasheet (see data/gpus.csv): same BF16/FP8 TFLOPS as the H100 SXM, NVLink 400 GB/s",
  h800Window:
    'the H800 was sold in China from its launch on 2023-03-21 (Epoch AI\'s chip database, data/Chip dataset-Grid view.csv at 263c40a, "NVIDIA H800 SXM5,NVIDIA,GPU,2023-03-21") until the US rule of 2023-10-17 ("a tightening of the same export regime on October 17, 2023 cut off its sale to China", aiwiki.ai/wiki/nvidia_h800)',
  lambert:
    'Nathan Lambert, "DeepSeek V3 and the actual cost of training frontier AI models", Interconnects, 2025-01-09, https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of',
  ft: 'Financial Times, 2025-11, as reported by greenergydaily.com: China\'s subsidised data-centre power "about 0.4 yuan, or 5.6 cents, per kWh", against "the 9.1-cent US average, according to the Energy Information Administration"',
} as const;
