export const en = {
  app: { name: 'ClinicLab', tagline: 'Clinical AI on your own machine' },
  nav: {
    patient: 'Patient practice',
    assistant: 'Medical assistant',
    cases: 'Cases',
    models: 'Models & engines',
    training: 'Training',
    benchmarks: 'Benchmarks',
    settings: 'Settings'
  },
  views: {
    patient: {
      title: 'Patient practice',
      lead: 'Take a history from a simulated patient who stays in role, answers only what you ask, and shows test results only when you order them. When you commit a diagnosis you get a score with every point linked to your own transcript.',
      emptyTitle: 'No cases loaded yet',
      steps: [
        'Import a case pack in Cases (the starter pack, or your own AgentClinic, SPBench or medical-record files).',
        'Optionally load a model in Models & engines; without one the patient answers from the case script.'
      ]
    },
    assistant: {
      title: 'Medical assistant',
      lead: 'Ask questions over your own guideline documents. Answers cite the exact passages, flag what the evidence does not cover, and are reviewed by a medical auditor before you see them. Nothing leaves this machine.',
      emptyTitle: 'No knowledge base yet',
      steps: [
        'Add guideline documents (Markdown, PDF, DOCX, HTML or text) to a collection.',
        'Load a model in Models & engines for written answers; without one you still get the cited passages, labelled as evidence only.'
      ]
    },
    cases: {
      title: 'Cases',
      lead: 'Load, author and validate case packs: facts with stable IDs in Chinese and English, exams and tests with results, and the gold diagnosis kept out of the patient\'s reach. A pack with errors is refused whole, with the file, path and problem named.',
      emptyTitle: 'No case packs installed',
      steps: ['Import a pack folder or .zip, or run `cliniclab cases import PATH` from the command line.', 'Validate before sharing: every error names the file and the JSON path.']
    },
    models: {
      title: 'Models & engines',
      lead: 'Run models in-process with node-llama-cpp (GGUF, the laptop default), supervise a vLLM server on a GPU, or use any OpenAI-compatible endpoint. Assign each job (patient, assistant, extractor, critic, judge, teacher) to a model and adapter.',
      emptyTitle: 'No model configured',
      steps: ['Import a local GGUF file or download a recommended model for this machine.', 'Run `cliniclab doctor` to see the CPU, memory and GPU ClinicLab can use.']
    },
    training: {
      title: 'Training',
      lead: 'Turn logged teacher-model outputs into SFT and DPO datasets, launch LoRA fine-tuning with LLaMA-Factory, follow loss and progress live, and register the finished adapter for use.',
      emptyTitle: 'No datasets or runs yet',
      steps: ['Turn on teacher logging and use the app, or import a dataset.', 'Training needs an NVIDIA GPU (Linux, or WSL2 on Windows) with LLaMA-Factory installed.']
    },
    benchmarks: {
      title: 'Benchmarks',
      lead: 'Measure serving speed with the same fields as vLLM\'s own benchmark (throughput, TTFT, TPOT, ITL) and task quality (extraction accuracy, intent F1, patient leak rate, scorer agreement), stored and plotted side by side.',
      emptyTitle: 'No results yet',
      steps: ['Load a model first, then run a benchmark here or with `cliniclab bench`.']
    },
    settings: {
      title: 'Settings',
      lead: 'Language, appearance, and what this ClinicLab is running on.'
    }
  },
  settings: {
    language: 'Language',
    theme: 'Theme',
    themes: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
    saved: 'Saved',
    diagnostics: 'Diagnostics',
    version: 'Version',
    dataFolder: 'Data folder',
    database: 'Database',
    schema: 'schema {{version}}',
    uptime: 'Running for',
    node: 'Node',
    transport: 'Connection',
    transports: { http: 'HTTP (headless host)', 'message-port': 'MessagePort (desktop)' },
    streamTitle: 'Connection test: live stream',
    streamHelp: 'Starts a stream of ticks from the core and cancels it, through the same channel every other feature uses.',
    start: 'Start stream',
    cancel: 'Cancel',
    ticksReceived: '{{count}} ticks received',
    streamIdle: 'Not running',
    streamRunning: 'Streaming…',
    streamCancelled: 'Cancelled after {{count}} ticks',
    streamEnded: 'Finished after {{count}} ticks',
    activity: 'Recent changes',
    activityEmpty: 'No changes recorded yet.'
  },
  status: {
    engine: 'Engine',
    noModel: 'no model',
    data: 'Data',
    connecting: 'Connecting…',
    offline: 'Not connected'
  },
  practice: {
    pickCase: 'Choose a case',
    filterSpecialty: 'Specialty',
    filterDifficulty: 'Difficulty',
    all: 'All',
    sessionLanguage: 'Session language',
    start: 'Start',
    difficulty: { easy: 'Easy', medium: 'Medium', hard: 'Hard' },
    noCases: 'No cases installed yet.',
    sex: { female: 'female', male: 'male', unknown: '' },
    years: '{{age}} years',
    elapsed: 'Time',
    cost: 'Cost',
    chat: 'Conversation',
    askPlaceholder: 'Ask the patient a question…',
    send: 'Ask',
    typing: 'The patient is answering…',
    emptyChat: 'Introduce yourself and ask what brings the patient in.',
    orders: 'Exams and tests',
    orderPlaceholder: 'Order an exam or test, e.g. "auscultate the heart", "ECG"',
    order: 'Order',
    noOrders: 'Nothing ordered yet. Results appear here only once ordered.',
    diagnosis: 'Your diagnosis',
    finalDiagnosis: 'Final diagnosis',
    differential: 'Differential (one per line, most likely first)',
    submit: 'Submit and see the answer',
    leave: 'Back to cases',
    outcome: 'Result',
    correct: 'Your diagnosis matches the answer.',
    incorrect: 'Your diagnosis does not match the answer.',
    answer: 'Answer',
    differentials: 'Differentials',
    redFlags: 'Red flags',
    teaching: 'Teaching notes',
    revealed: '{{count}} facts revealed'
  },
  casesView: {
    installed: 'Installed packs',
    importTitle: 'Import a pack',
    importHelp: 'A ClinicLab pack (.zip), or AgentClinic JSONL, SPBench profiles or Chinese medical records (.json). The file is checked first; a pack with any problem is not imported at all.',
    choose: 'Choose a file…',
    checking: 'Checking…',
    importing: 'Importing…',
    imported: 'Imported: {{summary}} cases',
    invalid: '{{count}} problem(s) — nothing was imported',
    warnings: '{{count}} warning(s)',
    file: 'File',
    path: 'Where',
    problem: 'Problem',
    cases: '{{count}} cases',
    export: 'Export .zip',
    delete: 'Remove',
    none: 'No packs installed.'
  },
  errors: { title: 'Something went wrong', retry: 'Try again' },
  emptyState: { setupFirst: 'Set up first' }
}

export type Messages = typeof en
