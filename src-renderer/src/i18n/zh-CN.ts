import type { Messages } from './en'

export const zhCN: Messages = {
  app: { name: 'ClinicLab', tagline: '在本机运行的临床 AI' },
  nav: {
    patient: '病人问诊练习',
    assistant: '医学助手',
    cases: '病例',
    models: '模型与引擎',
    training: '训练',
    benchmarks: '基准测试',
    settings: '设置'
  },
  views: {
    patient: {
      title: '病人问诊练习',
      lead: '向模拟病人采集病史：病人始终保持角色，只回答你问到的内容，检查结果只在你开单后才出现。提交诊断后，你会得到评分，每一分都链接到你自己的问诊记录。',
      emptyTitle: '尚未载入病例',
      steps: ['先在“病例”中导入病例包（入门病例包，或你自己的 AgentClinic、SPBench、病历文件）。', '可在“模型与引擎”中载入模型；没有模型时，病人按病例脚本作答。']
    },
    assistant: {
      title: '医学助手',
      lead: '基于你自己的指南文档提问。回答逐句标注引用的原文段落，指出证据未覆盖之处，并在呈现前经过“医学审核”。所有内容都不离开本机。',
      emptyTitle: '尚无知识库',
      steps: ['把指南文档（Markdown、PDF、DOCX、HTML 或纯文本）加入一个文档集。', '在“模型与引擎”中载入模型以生成回答；没有模型时仍会给出带引用的原文段落，并标明“仅证据”。']
    },
    cases: {
      title: '病例',
      lead: '载入、编写和校验病例包：每条事实有稳定 ID 和中英双语文本，查体与检查带结果，标准诊断放在病人读不到的部分。有错误的病例包会整体拒收，并指出文件、路径和问题。',
      emptyTitle: '尚未安装病例包',
      steps: ['导入病例包文件夹或 .zip，或在命令行运行 `cliniclab cases import PATH`。', '分享前先校验：每个错误都会指出文件和 JSON 路径。']
    },
    models: {
      title: '模型与引擎',
      lead: '用 node-llama-cpp 在进程内运行 GGUF 模型（笔记本默认），在 GPU 上托管 vLLM 服务，或接入任意 OpenAI 兼容端点。为每项工作（病人、助手、抽取、审核、评分、教师）指定模型和适配器。',
      emptyTitle: '尚未配置模型',
      steps: ['导入本地 GGUF 文件，或下载适合本机的推荐模型。', '运行 `cliniclab doctor` 查看 ClinicLab 可用的 CPU、内存和 GPU。']
    },
    training: {
      title: '训练',
      lead: '把记录下来的教师模型输出整理成 SFT 和 DPO 数据集，用 LLaMA-Factory 启动 LoRA 微调，实时查看损失和进度，并登记训练好的适配器。',
      emptyTitle: '尚无数据集或训练任务',
      steps: ['开启教师日志后使用本应用，或导入数据集。', '训练需要 NVIDIA GPU（Linux，或 Windows 上的 WSL2）并安装 LLaMA-Factory。']
    },
    benchmarks: {
      title: '基准测试',
      lead: '用与 vLLM 官方基准相同的指标（吞吐量、TTFT、TPOT、ITL）测量推理速度，并测量任务质量（抽取准确率、意图 F1、病人泄露率、评分一致性），结果保存并并排绘图。',
      emptyTitle: '尚无结果',
      steps: ['先载入模型，再在这里或用 `cliniclab bench` 运行基准测试。']
    },
    settings: {
      title: '设置',
      lead: '语言、外观，以及 ClinicLab 当前的运行环境。'
    }
  },
  settings: {
    language: '语言',
    theme: '主题',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
    saved: '已保存',
    diagnostics: '诊断信息',
    version: '版本',
    dataFolder: '数据文件夹',
    database: '数据库',
    schema: '结构版本 {{version}}',
    uptime: '已运行',
    node: 'Node',
    transport: '连接方式',
    transports: { http: 'HTTP（无界面主机）', 'message-port': 'MessagePort（桌面版）' },
    streamTitle: '连接测试：实时数据流',
    streamHelp: '从核心启动一个计时数据流并取消它，所用通道与其他所有功能相同。',
    start: '开始数据流',
    cancel: '取消',
    ticksReceived: '已收到 {{count}} 个计时',
    streamIdle: '未运行',
    streamRunning: '接收中…',
    streamCancelled: '已在 {{count}} 个计时后取消',
    streamEnded: '已在 {{count}} 个计时后结束',
    activity: '最近的更改',
    activityEmpty: '尚无更改记录。'
  },
  status: {
    engine: '引擎',
    noModel: '未加载模型',
    data: '数据',
    connecting: '正在连接…',
    offline: '未连接'
  },
  practice: {
    pickCase: '选择病例',
    filterSpecialty: '科室',
    filterDifficulty: '难度',
    all: '全部',
    sessionLanguage: '问诊语言',
    start: '开始',
    difficulty: { easy: '简单', medium: '中等', hard: '困难' },
    noCases: '尚未安装病例。',
    sex: { female: '女', male: '男', unknown: '' },
    years: '{{age}}岁',
    elapsed: '用时',
    cost: '费用',
    chat: '问诊',
    askPlaceholder: '向病人提问……',
    send: '提问',
    typing: '病人正在回答……',
    emptyChat: '先自我介绍，再问问病人哪里不舒服。',
    orders: '查体与检查',
    orderPlaceholder: '开查体或检查，例如“听诊心脏”“心电图”',
    order: '开单',
    noOrders: '尚未开单。检查结果只有开单后才会出现在这里。',
    diagnosis: '你的诊断',
    finalDiagnosis: '最终诊断',
    differential: '鉴别诊断（每行一个，可能性大的在前）',
    submit: '提交并查看答案',
    leave: '返回病例列表',
    outcome: '结果',
    correct: '你的诊断与答案一致。',
    incorrect: '你的诊断与答案不一致。',
    answer: '答案',
    differentials: '鉴别诊断',
    redFlags: '危险信号',
    teaching: '教学要点',
    revealed: '已问出 {{count}} 条信息'
  },
  casesView: {
    installed: '已安装的病例包',
    importTitle: '导入病例包',
    importHelp: 'ClinicLab 病例包（.zip），或 AgentClinic JSONL、SPBench 病例、中文结构化病历（.json）。先校验；有任何问题的病例包不会被导入。',
    choose: '选择文件……',
    checking: '正在校验……',
    importing: '正在导入……',
    imported: '已导入：{{summary}} 个病例',
    invalid: '发现 {{count}} 个问题，未导入任何内容',
    warnings: '{{count}} 条提示',
    file: '文件',
    path: '位置',
    problem: '问题',
    cases: '{{count}} 个病例',
    export: '导出 .zip',
    delete: '移除',
    none: '尚未安装病例包。'
  },
  errors: { title: '出错了', retry: '重试' },
  emptyState: { setupFirst: '请先完成' }
}
