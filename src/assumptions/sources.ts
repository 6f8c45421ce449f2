/**
 * The sources the assumptions' defaults cite, written once. Each names the document, its date
 * and where it can be read.
 */
export const sources = {
  nikkei:
    'Nikkei 中文网, 井泽瞳, "DeepSeek所用GPU或比尖端产品便宜1～3成", 2025-02-11, https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html',
  deepseekV3:
    'DeepSeek-AI, "DeepSeek-V3 Technical Report", arXiv:2412.19437, 2024-12-27, Table 1, https://arxiv.org/abs/2412.19437',
  epochCode:
    "Epoch AI, training-cost-trends (Cottier et al. 2024, arXiv:2405.21015), https://github.com/epoch-research/training-cost-trends",
  awsCapacityBlocks:
    'AWS, "Amazon EC2 Capacity Blocks for ML pricing", p5.48xlarge (8 × H100) US East: $39.33/h = $4.916 per GPU-hour, late 2024, https://aws.amazon.com/ec2/capacityblocks/pricing/',
  nvidiaH800:
    "NVIDIA H800 Tensor Core GPU datasheet (see data/gpus.csv): same BF16/FP8 TFLOPS as the H100 SXM, NVLink 400 GB/s",
  lambert:
    'Nathan Lambert, "DeepSeek V3 and the actual cost of training frontier AI models", Interconnects, 2025-01-09, https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of',
} as const;
