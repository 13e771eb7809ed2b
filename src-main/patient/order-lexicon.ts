import type { OrderConcept } from './lexicon-types'

/**
 * The default catalogue of bedside examinations and investigations. A case
 * that does not define an order gets the entry's `normal` result: what a
 * healthy adult would show, written as a clinician would write it.
 *
 * Terms match as substrings of the normalised order (lower case, half-width),
 * so abbreviations that hide inside ordinary words are never bare: "ct head",
 * "头颅ct", "ctpa" rather than "ct"; "pt/inr" and "凝血" rather than "pt";
 * "blood pressure" and "血压" rather than "bp"; no "alt"/"ast" (health, last),
 * "lp" (help), "dre" (address), "tte" (better), "ett" (better).
 *
 * Costs are typical charges at a Chinese public hospital (yuan); a bedside
 * examination is part of the consultation and costs nothing, except the few
 * that are billed separately. Turnaround is from order to result.
 */
export const orderLexicon: readonly OrderConcept[] = [
  // ─── Bedside examinations ──────────────────────────────────────────────
  {
    id: 'vitals',
    kind: 'exam',
    zh: ['生命体征', '血压', '心率', '脉搏', '体温', '呼吸频率', '呼吸次数', '血氧', '氧饱和度', '指脉氧', 'spo2', '卧立位血压', '立卧位血压', '体位性血压', '直立位血压', '站立位血压'],
    en: ['vital', 'observations', 'blood pressure', 'heart rate', 'pulse rate', 'check pulse', 'check the pulse', 'take the pulse', 'temperature', 'respiratory rate', 'resp rate', 'oxygen saturation', 'spo2', 'sats', 'pulse ox', 'postural blood pressure', 'postural bp', 'lying and standing', 'orthostatic', 'standing blood pressure'],
    normal: {
      zh: 'T 36.6 ℃，P 76 次/分，R 16 次/分，BP 122/78 mmHg，SpO₂ 98%（未吸氧）；立位 3 分钟 BP 118/80 mmHg，HR 80 次/分，无体位性低血压',
      en: 'T 36.6 °C, HR 76/min regular, RR 16/min, BP 122/78 mmHg, SpO₂ 98% on room air; standing at 3 minutes 118/80 mmHg, HR 80: no postural drop'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'general-appearance',
    kind: 'exam',
    zh: ['一般情况', '一般状况', '一般状态', '望诊', '外观', '神志', '面容', '精神状态', '手部检查', '看一下手', '杵状指', '指甲', '甲床', '毛细血管再充盈', '扑翼样震颤'],
    en: ['general appearance', 'general inspection', 'general exam', 'general look', 'end of the bed', 'inspect the patient', 'look at the patient', 'appearance', 'hands exam', 'examine the hands', 'examination of the hands', 'look at the hands', 'clubbing', 'nail', 'capillary refill', 'asterixis', 'flap'],
    normal: {
      zh: '神志清楚，精神可，发育正常，营养中等，自主体位，无急性病容，查体合作；双手温暖，无杵状指，甲床无苍白及发绀，无扑翼样震颤，毛细血管再充盈时间 <2 秒',
      en: 'Alert and oriented, comfortable at rest, well nourished, not in distress, cooperative; hands warm, no clubbing, nail changes or asterixis; capillary refill < 2 s'
    },
    costCny: 0,
    turnaroundMinutes: 2
  },
  {
    id: 'cardiac-exam',
    kind: 'exam',
    zh: ['心脏听诊', '听诊心脏', '听心脏', '心脏查体', '心脏检查', '心脏体格检查', '心音', '杂音', '心界', '颈静脉', '心前区'],
    en: ['cardiac exam', 'heart exam', 'cardiovascular exam', 'examine the heart', 'listen to the heart', 'listen to your heart', 'auscultate the heart', 'heart sounds', 'murmur', 'cvs exam', 'precordi', 'apex beat', 'jvp', 'jugular venous'],
    normal: {
      zh: '颈静脉无怒张；心前区无隆起，心尖搏动位于左第 5 肋间锁骨中线内 0.5 cm，未触及震颤；心界不大；心率 76 次/分，律齐，S1、S2 正常，各瓣膜听诊区未闻及病理性杂音，无额外心音及心包摩擦音',
      en: 'JVP not raised; apex beat in the 5th intercostal space, mid-clavicular line, not displaced; no heaves or thrills; HR 76/min regular; heart sounds I + II, no murmurs, added sounds or rubs'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'peripheral-pulses',
    kind: 'exam',
    zh: ['外周动脉搏动', '外周脉搏', '足背动脉', '桡动脉', '股动脉', '四肢脉搏', '脉搏对称', '双上肢血压', '两侧血压', '双侧血压'],
    en: ['peripheral pulse', 'pedal pulse', 'foot pulses', 'radial pulse', 'femoral pulse', 'dorsalis pedis', 'radio-radial', 'radial delay', 'radio-femoral', 'both arms'],
    normal: {
      zh: '双侧桡动脉、股动脉、腘动脉及足背动脉搏动对称有力，无桡-桡及桡-股延迟；双上肢血压差 <10 mmHg',
      en: 'Radial, femoral, popliteal and pedal pulses present and symmetrical; no radio-radial or radio-femoral delay; inter-arm BP difference < 10 mmHg'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'respiratory-exam',
    kind: 'exam',
    zh: ['肺部听诊', '听诊肺部', '听肺', '肺部查体', '肺部检查', '胸部查体', '胸部检查', '呼吸系统查体', '呼吸系统检查', '呼吸音', '啰音', '胸廓', '语颤'],
    en: ['chest exam', 'respiratory exam', 'resp exam', 'lung exam', 'examine the chest', 'examine the lungs', 'listen to the chest', 'listen to the lungs', 'listen to your chest', 'auscultate the chest', 'auscultate the lungs', 'chest auscultation', 'breath sounds', 'crackles', 'percuss the chest', 'chest expansion'],
    normal: {
      zh: '胸廓对称，呼吸动度一致，气管居中，触觉语颤对称，双肺叩诊清音，双肺呼吸音清，未闻及干湿性啰音及胸膜摩擦音',
      en: 'Chest symmetrical with equal expansion; trachea central; percussion resonant throughout; vesicular breath sounds bilaterally; no crackles, wheeze or pleural rub'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'abdominal-exam',
    kind: 'exam',
    zh: ['腹部查体', '腹部检查', '腹部体格检查', '腹部触诊', '摸肚子', '按肚子', '查肚子', '腹部压痛', '反跳痛', '肌紧张', '肝脾触诊', '墨菲征', 'murphy征', '麦氏点', '肠鸣音', '移动性浊音'],
    en: ['abdominal exam', 'abdo exam', 'abdomen exam', 'examine the abdomen', 'palpate the abdomen', 'palpate abdomen', 'abdominal palpation', 'feel the abdomen', 'feel the tummy', 'examine the tummy', 'murphy', 'rebound', 'guarding', 'bowel sounds', 'mcburney', 'shifting dullness', 'hepatomegaly', 'splenomegaly'],
    normal: {
      zh: '腹平坦，未见胃肠型及蠕动波；腹软，全腹无压痛、反跳痛及肌紧张；肝脾肋下未触及，未触及包块；Murphy 征阴性，麦氏点无压痛；移动性浊音阴性；肠鸣音 4 次/分',
      en: 'Abdomen flat and soft; non-tender, no guarding or rebound; no hepatosplenomegaly or masses; Murphy\'s sign negative; no McBurney\'s point tenderness; no shifting dullness; bowel sounds normal'
    },
    costCny: 0,
    turnaroundMinutes: 4
  },
  {
    id: 'digital-rectal-exam',
    kind: 'exam',
    zh: ['直肠指检', '肛门指检', '肛门指诊', '直肠指诊', '肛诊', '肛门检查', '指肛'],
    en: ['rectal exam', 'digital rectal', 'pr exam', 'per rectum', 'per rectal', 'prostate exam'],
    normal: {
      zh: '肛周皮肤无异常，肛门括约肌张力正常；直肠内未触及肿物；（男性）前列腺不大，质韧，表面光滑，中央沟存在，无触痛；指套无血染及黑便',
      en: 'Perianal skin normal; normal anal tone; no rectal mass; (in men) prostate smooth, not enlarged, median sulcus preserved, non-tender; glove clean, no blood or melaena'
    },
    costCny: 10,
    turnaroundMinutes: 5
  },
  {
    id: 'pelvic-exam',
    kind: 'exam',
    zh: ['妇科检查', '盆腔检查', '妇检', '内诊', '双合诊', '三合诊', '窥器', '阴道检查'],
    en: ['pelvic exam', 'gynae exam', 'gyn exam', 'gynaecological exam', 'gynecological exam', 'speculum', 'bimanual', 'vaginal exam', 'internal exam'],
    normal: {
      zh: '外阴发育正常；阴道通畅，分泌物少量、白色、无异味；宫颈光滑，无举痛及接触性出血；子宫前位，大小正常，质中，无压痛；双附件区未触及包块，无压痛',
      en: 'Normal external genitalia; vagina healthy with scant white non-offensive discharge; cervix smooth and closed, no cervical excitation or contact bleeding; uterus anteverted, normal size, non-tender; no adnexal masses or tenderness'
    },
    costCny: 15,
    turnaroundMinutes: 8
  },
  {
    id: 'breast-exam',
    kind: 'exam',
    zh: ['乳房检查', '乳腺检查', '乳腺触诊', '乳房触诊', '摸乳房', '乳腺查体'],
    en: ['breast exam', 'examine the breast', 'breast examination', 'palpate the breast'],
    normal: {
      zh: '双侧乳房对称，皮肤无橘皮样改变，乳头无内陷及溢液；双乳未触及肿块；双侧腋窝及锁骨上淋巴结未触及',
      en: 'Breasts symmetrical; no skin tethering or peau d\'orange; nipples normal, no discharge; no palpable masses; no axillary or supraclavicular lymphadenopathy'
    },
    costCny: 0,
    turnaroundMinutes: 5
  },
  {
    id: 'neuro-exam',
    kind: 'exam',
    zh: ['神经系统查体', '神经系统检查', '神经查体', '神经科查体', '肌力', '肌张力', '腱反射', '病理征', '巴氏征', 'babinski', '感觉检查', '共济', '指鼻', '跟膝胫', '步态', '颅神经', '脑神经', '瞳孔', '闭目难立'],
    en: ['neuro exam', 'neurological exam', 'neurology exam', 'nervous system', 'cranial nerve', 'power', 'muscle tone', 'tone and power', 'reflexes', 'plantar', 'babinski', 'sensation', 'coordination', 'cerebellar', 'finger-nose', 'finger nose', 'heel-shin', 'heel shin', 'gait', 'romberg', 'pupil', 'pronator drift'],
    normal: {
      zh: '双侧瞳孔等大等圆，直径 3 mm，对光反射灵敏；眼球运动充分，无眼震；额纹、鼻唇沟对称，伸舌居中，构音清晰；四肢肌张力正常，肌力 5 级；腱反射对称（++），双侧 Babinski 征阴性；深浅感觉对称正常；指鼻、跟膝胫试验稳准，Romberg 征阴性，步态正常',
      en: 'Pupils equal, 3 mm, reactive to light; eye movements full, no nystagmus; face symmetrical, tongue midline, speech clear; tone normal, power 5/5 in all limbs; reflexes 2+ and symmetrical, plantars down-going; sensation intact to light touch and pinprick; finger–nose and heel–shin accurate, Romberg negative, gait normal'
    },
    costCny: 0,
    turnaroundMinutes: 8
  },
  {
    id: 'gcs',
    kind: 'exam',
    zh: ['格拉斯哥', '昏迷评分', '意识评分', '意识状态评估', 'gcs'],
    en: ['gcs', 'glasgow', 'coma scale', 'conscious level', 'level of consciousness', 'avpu'],
    normal: {
      zh: 'GCS 15 分（E4 V5 M6），定向力完整',
      en: 'GCS 15/15 (E4 V5 M6), fully oriented'
    },
    costCny: 0,
    turnaroundMinutes: 2
  },
  {
    id: 'meningism-exam',
    kind: 'exam',
    zh: ['脑膜刺激征', '颈抵抗', '颈强直', '克氏征', '布氏征', '克尼格', '布鲁津斯基', 'kernig', 'brudzinski'],
    en: ['meningism', 'meningeal', 'neck stiffness', 'neck rigidity', 'kernig', 'brudzinski', 'stiff neck'],
    normal: {
      zh: '颈软，无抵抗；Kernig 征阴性，Brudzinski 征阴性',
      en: 'Neck supple; Kernig\'s and Brudzinski\'s signs negative'
    },
    costCny: 0,
    turnaroundMinutes: 2
  },
  {
    id: 'thyroid-exam',
    kind: 'exam',
    zh: ['甲状腺检查', '甲状腺触诊', '甲状腺查体', '颈部检查', '颈部查体', '摸脖子', '查甲状腺'],
    en: ['thyroid exam', 'examine the thyroid', 'palpate the thyroid', 'thyroid examination', 'neck exam', 'examine the neck', 'examination of the neck'],
    normal: {
      zh: '甲状腺未触及肿大，质软，无结节及压痛，随吞咽上下移动，未闻及血管杂音；气管居中',
      en: 'Thyroid not enlarged, soft, no nodules or tenderness, moves on swallowing; no bruit; trachea central'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'eye-exam',
    kind: 'exam',
    zh: ['眼部检查', '眼科查体', '眼睛检查', '查眼睛', '看眼睛', '视力检查', '查视力', '视野', '结膜', '巩膜', '眼球突出度', '眼球运动'],
    en: ['eye exam', 'examine the eyes', 'examine the eye', 'look at the eyes', 'eye examination', 'visual acuity', 'visual field', 'conjunctiva', 'sclera', 'lid lag', 'eye movements', 'snellen'],
    normal: {
      zh: '双眼视力 1.0；眼睑无水肿及退缩，无眼睑迟落；结膜无充血，巩膜无黄染；眼球无突出，运动充分；对面法视野正常',
      en: 'Visual acuity 6/6 both eyes; no lid retraction or lid lag; conjunctivae not injected, sclerae anicteric; no proptosis; eye movements full; visual fields full to confrontation'
    },
    costCny: 0,
    turnaroundMinutes: 5
  },
  {
    id: 'fundoscopy',
    kind: 'exam',
    zh: ['眼底', '检眼镜', '眼底镜'],
    en: ['fundoscop', 'fundus', 'fundi', 'ophthalmoscop', 'retina', 'optic disc'],
    normal: {
      zh: '双眼视乳头边界清楚，色淡红，杯盘比 0.3；视网膜未见出血及渗出；动静脉比 2:3，无动静脉交叉压迹',
      en: 'Optic discs pink with sharp margins, cup-to-disc ratio 0.3; no papilloedema; no haemorrhages or exudates; normal vessels'
    },
    costCny: 10,
    turnaroundMinutes: 5
  },
  {
    id: 'ent-exam',
    kind: 'exam',
    zh: ['咽部检查', '咽喉检查', '看嗓子', '看喉咙', '看咽部', '扁桃体', '口腔检查', '看口腔', '咽部', '耳镜', '耳部检查', '耳朵检查', '看耳朵', '查耳朵', '外耳道', '鼓膜'],
    en: ['throat exam', 'examine the throat', 'look in the throat', 'look at the throat', 'look in the mouth', 'tonsil', 'pharynx', 'oropharynx', 'mouth exam', 'oral exam', 'otoscop', 'auroscop', 'ear exam', 'examine the ear', 'look in the ear', 'look in the ears', 'tympanic', 'eardrum', 'ear drum'],
    normal: {
      zh: '口唇红润，口腔黏膜光滑，无溃疡；咽部无充血，双侧扁桃体无肿大，无脓性分泌物；双侧外耳道通畅，鼓膜完整、标志清楚，光锥存在；鼻腔通畅，黏膜无充血',
      en: 'Oral mucosa moist and healthy, no ulcers; pharynx not injected, tonsils not enlarged, no exudate; ear canals clear, tympanic membranes intact and pearly grey with a normal light reflex; nasal passages patent'
    },
    costCny: 10,
    turnaroundMinutes: 2
  },
  {
    id: 'skin-exam',
    kind: 'exam',
    zh: ['皮肤检查', '皮肤查体', '看皮肤', '查皮肤', '看皮疹', '皮肤黏膜'],
    en: ['skin exam', 'examine the skin', 'inspect the skin', 'look at the skin', 'look at the rash', 'examine the rash', 'skin examination'],
    normal: {
      zh: '全身皮肤黏膜色泽正常，无黄染、苍白及发绀，无皮疹、出血点及瘀斑，皮肤弹性好，无色素沉着',
      en: 'Skin and mucosae of normal colour; no jaundice, pallor or cyanosis; no rash, petechiae or bruising; normal turgor; no abnormal pigmentation'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'lymph-node-exam',
    kind: 'exam',
    zh: ['淋巴结', '浅表淋巴结', '摸淋巴结', '查淋巴结'],
    en: ['lymph node', 'lymphadenopathy', 'nodes', 'lymph glands', 'cervical glands'],
    normal: {
      zh: '全身浅表淋巴结（颈部、锁骨上、腋窝、腹股沟）未触及肿大',
      en: 'No cervical, supraclavicular, axillary or inguinal lymphadenopathy'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'renal-angle-exam',
    kind: 'exam',
    zh: ['肾区叩击痛', '肾区叩痛', '叩肾区', '肾区检查', '肋脊角', '输尿管压痛点'],
    en: ['renal angle', 'costovertebral', 'cva tenderness', 'loin tenderness', 'renal punch', 'kidney punch', 'flank tenderness'],
    normal: {
      zh: '双侧肾区无叩击痛，双侧输尿管走行区无压痛',
      en: 'No renal angle tenderness on either side; no tenderness along the ureters'
    },
    costCny: 0,
    turnaroundMinutes: 2
  },
  {
    id: 'lower-limb-exam',
    kind: 'exam',
    zh: ['下肢检查', '四肢检查', '下肢水肿', '查水肿', '看看腿', '看一下腿', '小腿周径', '腓肠肌压痛', 'homans'],
    en: ['legs', 'lower limb', 'oedema', 'edema', 'pitting', 'calf', 'examine the leg', 'ankle swelling', 'homans', 'varicose'],
    normal: {
      zh: '双下肢无水肿；双侧小腿周径对称，腓肠肌无压痛，皮温正常，无静脉曲张及皮肤色素沉着',
      en: 'No peripheral oedema; calves soft, symmetrical and non-tender; limbs warm; no varicose veins or skin changes'
    },
    costCny: 0,
    turnaroundMinutes: 3
  },
  {
    id: 'musculoskeletal-exam',
    kind: 'exam',
    zh: ['关节检查', '关节查体', '骨关节检查', '关节活动度', '查关节', '看关节', '骨科查体', '脊柱检查', '脊柱查体', '查脊柱', '腰椎检查', '直腿抬高', '脊柱压痛'],
    en: ['joint exam', 'examine the joint', 'examine the knee', 'examine the hip', 'examine the shoulder', 'musculoskeletal exam', 'msk exam', 'range of motion', 'range of movement', 'gals', 'spine exam', 'spinal exam', 'examine the spine', 'examine the back', 'straight leg raise', 'straight-leg raise', 'slr', 'spinal tenderness'],
    normal: {
      zh: '各关节无红肿、压痛及畸形，无积液，主动及被动活动度正常，肌肉无萎缩；脊柱生理弯曲存在，棘突及椎旁无压痛、叩击痛，双侧直腿抬高试验阴性（>70°）',
      en: 'No joint swelling, warmth, tenderness, deformity or effusion; full active and passive range of movement; no muscle wasting; spine normally aligned, no midline or paraspinal tenderness, straight-leg raise negative bilaterally beyond 70°'
    },
    costCny: 0,
    turnaroundMinutes: 5
  },

  // ─── Blood tests ───────────────────────────────────────────────────────
  {
    id: 'cbc',
    kind: 'test',
    zh: ['血常规', '血象', '全血细胞计数', '血细胞分析', '白细胞计数', '血小板计数', 'cbc'],
    en: ['cbc', 'fbc', 'full blood count', 'complete blood count', 'blood count', 'haemoglobin', 'hemoglobin', 'white cell count', 'white count', 'wbc', 'platelet'],
    normal: {
      zh: 'WBC 6.2×10⁹/L（中性粒细胞 58%，淋巴细胞 32%），RBC 4.6×10¹²/L，Hb 138 g/L，HCT 41%，MCV 90 fL，PLT 220×10⁹/L',
      en: 'WBC 6.2 ×10⁹/L (neutrophils 58%, lymphocytes 32%), RBC 4.6 ×10¹²/L, Hb 138 g/L, Hct 0.41, MCV 90 fL, platelets 220 ×10⁹/L'
    },
    costCny: 25,
    turnaroundMinutes: 30
  },
  {
    id: 'liver-function',
    kind: 'test',
    zh: ['肝功能', '肝功', '转氨酶', '胆红素', '谷丙', '谷草', 'alt/ast', '白蛋白', 'lft'],
    en: ['lft', 'liver function', 'liver enzyme', 'liver panel', 'liver test', 'transaminase', 'bilirubin', 'alt/ast', 'alt and ast', 'serum albumin'],
    normal: {
      zh: 'ALT 22 U/L，AST 24 U/L，ALP 72 U/L，GGT 25 U/L，TBil 12 μmol/L，DBil 3.5 μmol/L，总蛋白 70 g/L，白蛋白 43 g/L',
      en: 'ALT 22 U/L, AST 24 U/L, ALP 72 U/L, GGT 25 U/L, bilirubin 12 μmol/L (direct 3.5), total protein 70 g/L, albumin 43 g/L'
    },
    costCny: 70,
    turnaroundMinutes: 120
  },
  {
    id: 'renal-function',
    kind: 'test',
    zh: ['肾功能', '肾功', '肌酐', '尿素氮', '血尿素', '尿酸', '肾小球滤过率', 'egfr'],
    en: ['renal function', 'kidney function', 'renal profile', 'u&e', 'u+e', 'u and e', 'urea and electrolyte', 'urea and creatinine', 'blood urea', 'serum urea', 'creatinine', 'egfr', 'uric acid'],
    normal: {
      zh: '肌酐 78 μmol/L，尿素 5.1 mmol/L，尿酸 320 μmol/L，eGFR 96 mL/min/1.73 m²',
      en: 'Creatinine 78 μmol/L, urea 5.1 mmol/L, uric acid 320 μmol/L, eGFR 96 mL/min/1.73 m²'
    },
    costCny: 40,
    turnaroundMinutes: 120
  },
  {
    id: 'electrolytes',
    kind: 'test',
    zh: ['电解质', '血钾', '血钠', '血氯', '钾钠氯', '血钙', '血镁', '血磷'],
    en: ['electrolyte', 'sodium', 'potassium', 'chloride', 'bicarbonate', 'calcium', 'magnesium', 'phosphate', 'bone profile'],
    normal: {
      zh: 'K⁺ 4.1 mmol/L，Na⁺ 140 mmol/L，Cl⁻ 103 mmol/L，HCO₃⁻ 25 mmol/L，Ca²⁺ 2.35 mmol/L，Mg²⁺ 0.90 mmol/L，P 1.10 mmol/L',
      en: 'K⁺ 4.1 mmol/L, Na⁺ 140 mmol/L, Cl⁻ 103 mmol/L, HCO₃⁻ 25 mmol/L, adjusted Ca²⁺ 2.35 mmol/L, Mg²⁺ 0.90 mmol/L, phosphate 1.10 mmol/L'
    },
    costCny: 40,
    turnaroundMinutes: 60
  },
  {
    id: 'glucose',
    kind: 'test',
    zh: ['血糖', '空腹血糖', '随机血糖', '静脉血糖', '葡萄糖'],
    en: ['glucose', 'blood sugar', 'fasting sugar', 'sugar level'],
    normal: {
      zh: '静脉血糖 5.2 mmol/L',
      en: 'Venous plasma glucose 5.2 mmol/L'
    },
    costCny: 8,
    turnaroundMinutes: 30
  },
  {
    id: 'capillary-glucose',
    kind: 'test',
    zh: ['指尖血糖', '快速血糖', '末梢血糖', '床旁血糖', '测个血糖', '扎手指'],
    en: ['capillary glucose', 'capillary blood glucose', 'cbg', 'finger prick', 'fingerprick', 'fingerstick', 'bedside glucose', 'glucometer', 'bm stix'],
    normal: {
      zh: '指尖血糖 5.6 mmol/L',
      en: 'Capillary glucose 5.6 mmol/L'
    },
    costCny: 10,
    turnaroundMinutes: 3
  },
  {
    id: 'hba1c',
    kind: 'test',
    zh: ['糖化血红蛋白', '糖化', 'hba1c'],
    en: ['hba1c', 'a1c', 'glycated', 'glycosylated'],
    normal: {
      zh: 'HbA1c 5.3%',
      en: 'HbA1c 5.3% (34 mmol/mol)'
    },
    costCny: 70,
    turnaroundMinutes: 240
  },
  {
    id: 'blood-gas',
    kind: 'test',
    zh: ['血气', '动脉血气', '血气分析', '静脉血气', 'abg'],
    en: ['abg', 'vbg', 'blood gas', 'arterial gas', 'arterial blood'],
    normal: {
      zh: 'pH 7.40，PaCO₂ 40 mmHg，PaO₂ 95 mmHg（未吸氧），HCO₃⁻ 24 mmol/L，BE 0 mmol/L，SaO₂ 98%',
      en: 'pH 7.40, PaCO₂ 5.3 kPa (40 mmHg), PaO₂ 12.7 kPa (95 mmHg) on room air, HCO₃⁻ 24 mmol/L, BE 0, SaO₂ 98%'
    },
    costCny: 100,
    turnaroundMinutes: 15
  },
  {
    id: 'lactate',
    kind: 'test',
    zh: ['乳酸', '血乳酸'],
    en: ['lactate', 'lactic'],
    normal: {
      zh: '血乳酸 1.1 mmol/L',
      en: 'Lactate 1.1 mmol/L'
    },
    costCny: 30,
    turnaroundMinutes: 15
  },
  {
    id: 'ketones',
    kind: 'test',
    zh: ['血酮', '尿酮', '酮体', 'β-羟丁酸', 'β羟丁酸'],
    en: ['ketone', 'beta-hydroxybutyrate', 'hydroxybutyrate', 'bhb'],
    normal: {
      zh: '血 β-羟丁酸 0.1 mmol/L，尿酮体（−）',
      en: 'Blood β-hydroxybutyrate 0.1 mmol/L; urine ketones negative'
    },
    costCny: 30,
    turnaroundMinutes: 30
  },
  {
    id: 'troponin',
    kind: 'test',
    zh: ['肌钙蛋白', '高敏肌钙蛋白', 'ctni', 'ctnt', 'hs-ctn', 'hs-tn', '心肌酶', '心肌酶谱', '肌酸激酶', '肌酸激酶同工酶', 'ck-mb', 'ckmb'],
    en: ['troponin', 'ctni', 'ctnt', 'hs-tn', 'hs-ctn', 'hstn', 'trop i', 'trop t', 'trops', 'cardiac enzyme', 'ck-mb', 'ckmb', 'creatine kinase', 'cpk', 'ldh'],
    normal: {
      zh: 'hs-cTnT 6 ng/L（参考值 <14 ng/L）；CK 95 U/L，CK-MB 12 U/L，LDH 180 U/L',
      en: 'High-sensitivity troponin T 6 ng/L (reference < 14 ng/L); CK 95 U/L, CK-MB 12 U/L, LDH 180 U/L'
    },
    costCny: 130,
    turnaroundMinutes: 60
  },
  {
    id: 'bnp',
    kind: 'test',
    zh: ['脑钠肽', '利钠肽', 'bnp', 'nt-probnp'],
    en: ['bnp', 'natriuretic'],
    normal: {
      zh: 'NT-proBNP 45 pg/mL（参考值 <125 pg/mL）',
      en: 'NT-proBNP 45 pg/mL (reference < 125 pg/mL)'
    },
    costCny: 180,
    turnaroundMinutes: 60
  },
  {
    id: 'd-dimer',
    kind: 'test',
    zh: ['d-二聚体', 'd二聚体', '二聚体'],
    en: ['d-dimer', 'd dimer', 'ddimer', 'dimer'],
    normal: {
      zh: 'D-二聚体 0.21 mg/L FEU（参考值 <0.5 mg/L FEU）',
      en: 'D-dimer 0.21 mg/L FEU (reference < 0.5)'
    },
    costCny: 80,
    turnaroundMinutes: 60
  },
  {
    id: 'coagulation',
    kind: 'test',
    zh: ['凝血', '凝血功能', '凝血四项', '凝血酶原时间', '纤维蛋白原', 'pt/inr', 'inr', 'aptt'],
    en: ['coag', 'clotting', 'pt/inr', 'inr', 'aptt', 'prothrombin', 'fibrinogen'],
    normal: {
      zh: 'PT 12.0 s，INR 1.0，APTT 30 s，TT 16 s，纤维蛋白原 2.8 g/L',
      en: 'PT 12.0 s, INR 1.0, APTT 30 s, TT 16 s, fibrinogen 2.8 g/L'
    },
    costCny: 80,
    turnaroundMinutes: 60
  },
  {
    id: 'crp',
    kind: 'test',
    zh: ['c反应蛋白', 'c-反应蛋白', '超敏c反应蛋白', 'crp'],
    en: ['crp', 'c-reactive', 'c reactive'],
    normal: {
      zh: 'CRP 1.8 mg/L（参考值 <8 mg/L）',
      en: 'CRP 1.8 mg/L (reference < 8)'
    },
    costCny: 40,
    turnaroundMinutes: 30
  },
  {
    id: 'esr',
    kind: 'test',
    zh: ['血沉', '红细胞沉降率', 'esr'],
    en: ['esr', 'sed rate', 'sedimentation'],
    normal: {
      zh: 'ESR 8 mm/h',
      en: 'ESR 8 mm/h'
    },
    costCny: 15,
    turnaroundMinutes: 60
  },
  {
    id: 'procalcitonin',
    kind: 'test',
    zh: ['降钙素原', 'pct'],
    en: ['procalcitonin', 'pct'],
    normal: {
      zh: 'PCT <0.05 ng/mL',
      en: 'Procalcitonin < 0.05 ng/mL'
    },
    costCny: 150,
    turnaroundMinutes: 60
  },
  {
    id: 'blood-culture',
    kind: 'test',
    zh: ['血培养'],
    en: ['blood culture'],
    normal: {
      zh: '需氧瓶及厌氧瓶培养 5 天无细菌生长',
      en: 'No growth after 5 days (aerobic and anaerobic bottles)'
    },
    costCny: 200,
    turnaroundMinutes: 7200
  },
  {
    id: 'thyroid-function',
    kind: 'test',
    zh: ['甲功', '甲状腺功能', '促甲状腺激素', '甲状腺激素', 'tsh', 'ft3', 'ft4'],
    en: ['thyroid function', 'tft', 'tsh', 'ft4', 'ft3', 'free t4', 'free t3', 'thyroxine level'],
    normal: {
      zh: 'TSH 1.8 mIU/L，FT4 15 pmol/L，FT3 4.8 pmol/L',
      en: 'TSH 1.8 mIU/L, free T4 15 pmol/L, free T3 4.8 pmol/L'
    },
    costCny: 130,
    turnaroundMinutes: 240
  },
  {
    id: 'lipids',
    kind: 'test',
    zh: ['血脂', '血脂四项', '胆固醇', '甘油三酯', '低密度脂蛋白', 'ldl'],
    en: ['lipid', 'cholesterol', 'triglyceride', 'ldl', 'hdl'],
    normal: {
      zh: 'TC 4.5 mmol/L，TG 1.2 mmol/L，LDL-C 2.6 mmol/L，HDL-C 1.3 mmol/L',
      en: 'Total cholesterol 4.5 mmol/L, triglycerides 1.2 mmol/L, LDL-C 2.6 mmol/L, HDL-C 1.3 mmol/L'
    },
    costCny: 40,
    turnaroundMinutes: 240
  },
  {
    id: 'amylase-lipase',
    kind: 'test',
    zh: ['淀粉酶', '脂肪酶', '血淀粉酶', '尿淀粉酶'],
    en: ['amylase', 'lipase'],
    normal: {
      zh: '血淀粉酶 65 U/L（参考值 35–135 U/L），脂肪酶 30 U/L（参考值 <60 U/L）',
      en: 'Amylase 65 U/L (reference 35–135), lipase 30 U/L (reference < 60)'
    },
    costCny: 50,
    turnaroundMinutes: 60
  },
  {
    id: 'pregnancy-test',
    kind: 'test',
    zh: ['尿hcg', '血hcg', 'hcg', '早孕试纸', '妊娠试验', '验孕', '查怀孕', 'β-hcg'],
    en: ['pregnancy test', 'hcg', 'beta-hcg', 'β-hcg', 'urine preg', 'serum preg'],
    normal: {
      zh: '尿 hCG 阴性；血 β-hCG <5 IU/L',
      en: 'Urine hCG negative; serum β-hCG < 5 IU/L'
    },
    costCny: 30,
    turnaroundMinutes: 30
  },
  {
    id: 'cortisol',
    kind: 'test',
    zh: ['皮质醇', '血皮质醇', '促肾上腺皮质激素', 'acth', '兴奋试验'],
    en: ['cortisol', 'acth', 'synacthen', 'tetracosactide'],
    normal: {
      zh: '上午 8 时血皮质醇 420 nmol/L，ACTH 25 pg/mL',
      en: '09:00 cortisol 420 nmol/L, ACTH 25 pg/mL'
    },
    costCny: 120,
    turnaroundMinutes: 1440
  },
  {
    id: 'iron-studies',
    kind: 'test',
    zh: ['铁蛋白', '血清铁', '铁代谢', '贫血三项', '维生素b12', '叶酸'],
    en: ['ferritin', 'iron studies', 'iron level', 'serum iron', 'haematinic', 'hematinic', 'b12', 'folate'],
    normal: {
      zh: '铁蛋白 120 μg/L，血清铁 18 μmol/L，转铁蛋白饱和度 30%，维生素 B12 350 pmol/L，叶酸 15 nmol/L',
      en: 'Ferritin 120 μg/L, serum iron 18 μmol/L, transferrin saturation 30%, vitamin B12 350 pmol/L, folate 15 nmol/L'
    },
    costCny: 150,
    turnaroundMinutes: 1440
  },
  {
    id: 'hepatitis-serology',
    kind: 'test',
    zh: ['乙肝五项', '乙肝两对半', '肝炎标志物', '乙肝表面抗原', '丙肝抗体', '术前四项', '输血前四项', '艾滋病', 'hiv抗体', '梅毒'],
    en: ['hepatitis serology', 'hepatitis b', 'hepatitis c', 'hep b', 'hep c', 'hbsag', 'hcv', 'hiv test', 'hiv antibod', 'hiv screen', 'syphilis', 'blood-borne virus', 'bbv'],
    normal: {
      zh: 'HBsAg（−），抗-HBs（+），HBeAg（−），抗-HBe（−），抗-HBc（−）；抗-HCV（−）；HIV 抗体（−）；梅毒 TPPA（−）',
      en: 'HBsAg negative, anti-HBs positive (vaccinated), anti-HBc negative; anti-HCV negative; HIV antibody negative; syphilis serology (TPPA) negative'
    },
    costCny: 150,
    turnaroundMinutes: 240
  },
  {
    id: 'autoimmune-screen',
    kind: 'test',
    zh: ['抗核抗体', '自身抗体', '类风湿因子', '抗ccp', '抗环瓜氨酸', '免疫全套', '风湿三项'],
    en: ['antinuclear', 'ana test', 'ana screen', 'anti-nuclear', 'rheumatoid factor', 'anti-ccp', 'ccp', 'autoimmune screen', 'autoantibod', 'dsdna'],
    normal: {
      zh: 'ANA 阴性（<1:80），抗 dsDNA 抗体阴性，RF 8 IU/mL，抗 CCP 抗体 <7 U/mL',
      en: 'ANA negative (< 1:80), anti-dsDNA negative, rheumatoid factor 8 IU/mL, anti-CCP < 7 U/mL'
    },
    costCny: 300,
    turnaroundMinutes: 1440
  },
  {
    id: 'toxicology-screen',
    kind: 'test',
    zh: ['毒物筛查', '药物筛查', '毒物检测', '尿毒品', '对乙酰氨基酚浓度', '血药浓度', '酒精浓度'],
    en: ['tox screen', 'toxicology', 'drug screen', 'paracetamol level', 'salicylate', 'drug level', 'blood alcohol'],
    normal: {
      zh: '尿阿片类、苯丙胺类、苯二氮䓬类、大麻类筛查阴性；血对乙酰氨基酚、水杨酸及乙醇未检出',
      en: 'Urine opiates, amphetamines, benzodiazepines and cannabinoids negative; paracetamol, salicylate and ethanol not detected'
    },
    costCny: 200,
    turnaroundMinutes: 120
  },

  // ─── Urine, stool, sputum and swabs ─────────────────────────────────────
  {
    id: 'urinalysis',
    kind: 'test',
    zh: ['尿常规', '尿检', '尿液分析', '验尿', '查尿', '尿液检查', '尿试纸'],
    en: ['urinalysis', 'urine dipstick', 'dipstick', 'urine test', 'urine analysis', 'urine microscopy', 'urine sample'],
    normal: {
      zh: '淡黄色，清亮；比重 1.015，pH 6.0；尿蛋白（−），尿糖（−），酮体（−），隐血（−），白细胞酯酶（−），亚硝酸盐（−）；镜检 RBC 0–2/HP，WBC 0–3/HP',
      en: 'Pale yellow, clear; SG 1.015, pH 6.0; protein, glucose, ketones, blood, leucocytes and nitrites all negative; microscopy RBC 0–2/hpf, WBC 0–3/hpf'
    },
    costCny: 15,
    turnaroundMinutes: 30
  },
  {
    id: 'urine-culture',
    kind: 'test',
    zh: ['尿培养', '中段尿培养', '中段尿'],
    en: ['urine culture', 'msu', 'mid-stream urine', 'midstream urine', 'urine mc&s'],
    normal: {
      zh: '无细菌生长（<10³ CFU/mL）',
      en: 'No significant growth (< 10³ CFU/mL)'
    },
    costCny: 80,
    turnaroundMinutes: 2880
  },
  {
    id: 'stool-routine',
    kind: 'test',
    zh: ['大便常规', '粪常规', '便常规', '粪便常规', '大便化验', '大便潜血', '大便隐血', '粪便潜血', '粪便隐血', '便潜血', '便隐血', '粪隐血', '粪潜血'],
    en: ['stool test', 'stool routine', 'stool analysis', 'stool microscopy', 'stool sample', 'fobt', 'fecal occult', 'faecal occult', 'occult blood', 'fit test', 'faecal immunochemical', 'fecal immunochemical', 'ova and parasites'],
    normal: {
      zh: '黄色软便；镜检未见红细胞、白细胞及虫卵；隐血试验阴性',
      en: 'Soft brown stool; no red cells, white cells, ova or parasites; faecal occult blood negative'
    },
    costCny: 20,
    turnaroundMinutes: 60
  },
  {
    id: 'stool-culture',
    kind: 'test',
    zh: ['大便培养', '粪便培养', '粪培养', '艰难梭菌'],
    en: ['stool culture', 'stool mc&s', 'c. diff', 'c diff', 'c.diff', 'clostridi'],
    normal: {
      zh: '未检出沙门菌、志贺菌、弯曲菌等致病菌；艰难梭菌毒素阴性',
      en: 'No Salmonella, Shigella or Campylobacter isolated; C. difficile toxin negative'
    },
    costCny: 100,
    turnaroundMinutes: 2880
  },
  {
    id: 'sputum-culture',
    kind: 'test',
    zh: ['痰培养', '痰涂片', '痰细菌培养', '痰液培养'],
    en: ['sputum culture', 'sputum sample', 'sputum gram', 'sputum mc&s', 'sputum test'],
    normal: {
      zh: '涂片：少量革兰阳性球菌，为口咽部正常菌群；培养：正常菌群生长，未检出致病菌',
      en: 'Gram stain: scanty mixed oral flora; culture: normal upper respiratory flora, no pathogens isolated'
    },
    costCny: 80,
    turnaroundMinutes: 2880
  },
  {
    id: 'tb-tests',
    kind: 'test',
    zh: ['抗酸染色', '抗酸杆菌', '找结核菌', '结核菌素', 'ppd', 't-spot', '结核感染t细胞', '结核检查'],
    en: ['afb', 'acid-fast', 'acid fast', 'tb test', 'tb smear', 'ppd', 't-spot', 'igra test', 'interferon-gamma', 'interferon gamma', 'quantiferon', 'mantoux', 'tuberculin'],
    normal: {
      zh: '痰涂片抗酸染色阴性（×3）；T-SPOT.TB 阴性',
      en: 'Sputum smear for acid-fast bacilli negative ×3; interferon-gamma release assay (T-SPOT.TB) negative'
    },
    costCny: 300,
    turnaroundMinutes: 1440
  },
  {
    id: 'respiratory-swab',
    kind: 'test',
    zh: ['咽拭子', '鼻咽拭子', '流感', '甲流', '乙流', '新冠', '呼吸道病毒', '病毒核酸', '病毒抗原', '链球菌抗原'],
    en: ['throat swab', 'nasal swab', 'nasopharyngeal', 'flu test', 'influenza', 'covid', 'sars-cov-2', 'respiratory viral', 'viral swab', 'viral pcr', 'rapid strep', 'strep test', 'throat culture'],
    normal: {
      zh: '甲型、乙型流感病毒抗原阴性；新型冠状病毒核酸阴性；A 组链球菌快速抗原阴性',
      en: 'Influenza A and B antigen negative; SARS-CoV-2 PCR negative; rapid group A strep antigen negative'
    },
    costCny: 100,
    turnaroundMinutes: 60
  },
  {
    id: 'h-pylori',
    kind: 'test',
    zh: ['幽门螺杆菌', '幽门螺旋杆菌', '碳13', '碳14', 'c13', 'c14', '呼气试验', 'hp检测'],
    en: ['h. pylori', 'h pylori', 'h.pylori', 'helicobacter', 'urea breath test', 'breath test', 'stool antigen'],
    normal: {
      zh: '¹³C 尿素呼气试验阴性（DOB 1.2）',
      en: '¹³C urea breath test negative'
    },
    costCny: 150,
    turnaroundMinutes: 60
  },

  // ─── Cardiac and respiratory function ──────────────────────────────────
  {
    id: 'ecg',
    kind: 'test',
    zh: ['心电图', '做个心电', 'ecg', 'ekg'],
    en: ['ecg', 'ekg', 'electrocardiogra', '12-lead', '12 lead'],
    normal: {
      zh: '窦性心律，心率 72 次/分，电轴正常，PR 间期 160 ms，QRS 90 ms，QTc 410 ms，无 ST-T 改变',
      en: 'Sinus rhythm 72/min, normal axis, PR 160 ms, QRS 90 ms, QTc 410 ms, no ST or T-wave changes'
    },
    costCny: 30,
    turnaroundMinutes: 10
  },
  {
    id: 'holter',
    kind: 'test',
    zh: ['动态心电图', '24小时心电图', '24小时动态心电', 'holter'],
    en: ['holter', '24-hour ecg', '24 hour ecg', '24h ecg', 'ambulatory ecg', 'ambulatory monitor'],
    normal: {
      zh: '窦性心律，平均心率 74 次/分（52–128 次/分）；偶发房性早搏 12 次，未见室性早搏成对或连发，无长间歇，无 ST 段改变；症状日志与心律变化无对应',
      en: 'Sinus rhythm throughout, mean HR 74/min (range 52–128); 12 isolated atrial ectopics, no complex ventricular ectopy, no pauses, no ST changes; symptom diary entries correspond to sinus rhythm'
    },
    costCny: 200,
    turnaroundMinutes: 2880
  },
  {
    id: 'echocardiogram',
    kind: 'test',
    zh: ['超声心动图', '心脏彩超', '心超', '心脏b超', '心脏超声', 'echo'],
    en: ['echo', 'cardiac ultrasound', 'heart ultrasound', 'ultrasound of the heart'],
    normal: {
      zh: '各房室腔大小正常，室壁厚度及运动正常，LVEF 62%；各瓣膜形态及功能未见异常；未见心包积液；估测肺动脉收缩压 25 mmHg',
      en: 'Normal chamber sizes and wall thickness; normal regional wall motion, LVEF 62%; valves structurally and functionally normal; no pericardial effusion; estimated PASP 25 mmHg'
    },
    costCny: 300,
    turnaroundMinutes: 120
  },
  {
    id: 'exercise-stress-test',
    kind: 'test',
    zh: ['平板运动试验', '运动平板', '平板试验', '运动负荷试验', '运动试验'],
    en: ['exercise stress test', 'exercise tolerance test', 'exercise test', 'stress test', 'treadmill'],
    normal: {
      zh: 'Bruce 方案运动 9 分钟，达目标心率（85%），未诱发胸痛，ST 段无明显压低，血压反应正常，试验阴性',
      en: 'Bruce protocol 9 minutes, 85% of target heart rate reached; no chest pain, no significant ST depression, normal blood-pressure response: negative test'
    },
    costCny: 200,
    turnaroundMinutes: 90
  },
  {
    id: 'spirometry',
    kind: 'test',
    zh: ['肺功能', '肺通气功能', '支气管舒张试验', '支气管激发试验'],
    en: ['spirometry', 'lung function', 'pulmonary function', 'pft', 'fev1', 'reversibility'],
    normal: {
      zh: 'FEV₁ 3.4 L（预计值 95%），FVC 4.2 L（预计值 98%），FEV₁/FVC 81%；支气管舒张试验阴性',
      en: 'FEV₁ 3.4 L (95% predicted), FVC 4.2 L (98% predicted), FEV₁/FVC 0.81; no significant bronchodilator reversibility'
    },
    costCny: 180,
    turnaroundMinutes: 60
  },
  {
    id: 'peak-flow',
    kind: 'test',
    zh: ['峰流速', '呼气峰流速', '峰流量', 'pef'],
    en: ['peak flow', 'pefr', 'pef'],
    normal: {
      zh: 'PEF 520 L/min（预计值 96%）',
      en: 'PEF 520 L/min (96% predicted)'
    },
    costCny: 10,
    turnaroundMinutes: 5
  },
  {
    id: 'eeg',
    kind: 'test',
    zh: ['脑电图', 'eeg'],
    en: ['eeg', 'electroencephalogra'],
    normal: {
      zh: '背景为 9–10 Hz α 节律，调节调幅良好，过度换气及闪光刺激未诱发痫样放电',
      en: 'Normal 9–10 Hz alpha background; no epileptiform discharges on hyperventilation or photic stimulation'
    },
    costCny: 150,
    turnaroundMinutes: 1440
  },

  // ─── Imaging ───────────────────────────────────────────────────────────
  {
    id: 'chest-xray',
    kind: 'test',
    zh: ['胸片', '胸部x线', '胸部x光', '胸部平片', '胸部正位片', '胸部dr', '拍胸片', '胸透', '拍个x光', '拍x光'],
    en: ['chest x-ray', 'chest xray', 'chest x ray', 'cxr', 'chest film', 'chest radiograph'],
    normal: {
      zh: '双肺纹理清晰，未见实变、肿块及结节影；双侧肋膈角锐利；心影大小形态正常（心胸比 0.45）；纵隔不宽，膈下未见游离气体',
      en: 'Lungs clear with no consolidation, mass, effusion or pneumothorax; costophrenic angles sharp; normal heart size (CTR 0.45); mediastinum not widened; no free air under the diaphragm'
    },
    costCny: 80,
    turnaroundMinutes: 60
  },
  {
    id: 'abdominal-xray',
    kind: 'test',
    zh: ['腹部平片', '立位腹平片', '腹平片', '腹部x线', '腹部x光', '腹部dr', '立位腹部'],
    en: ['abdominal x-ray', 'abdominal xray', 'abdo x-ray', 'axr', 'abdominal film', 'kub x-ray', 'x-ray kub', 'kub film'],
    normal: {
      zh: '肠管未见扩张，未见气液平面；膈下未见游离气体；未见异常钙化及结石影',
      en: 'No dilated bowel loops or air-fluid levels; no free air; no abnormal calcification or radio-opaque calculi'
    },
    costCny: 80,
    turnaroundMinutes: 60
  },
  {
    id: 'skeletal-xray',
    kind: 'test',
    zh: ['骨片', '关节片', '关节x线', '膝关节片', '髋关节片', '腰椎片', '腰椎x线', '颈椎片', '四肢x线', '手片', '拍片看骨头'],
    en: ['knee x-ray', 'hip x-ray', 'wrist x-ray', 'ankle x-ray', 'hand x-ray', 'foot x-ray', 'joint x-ray', 'limb x-ray', 'spine x-ray', 'lumbar x-ray', 'skeletal x-ray', 'bone x-ray', 'x-ray of the knee', 'x-ray of the hip', 'x-ray of the spine'],
    normal: {
      zh: '骨质结构完整，骨皮质连续，未见骨折及骨质破坏；关节间隙正常，关节面光滑；周围软组织未见异常',
      en: 'No fracture or bony destruction; joint spaces preserved with smooth articular surfaces; soft tissues normal'
    },
    costCny: 80,
    turnaroundMinutes: 60
  },
  {
    id: 'abdominal-ultrasound',
    kind: 'test',
    zh: ['腹部b超', '腹部超声', '腹部彩超', '肝胆胰脾b超', '肝胆胰脾超声', '肝胆b超', '肝胆超声', '肝胆彩超', '上腹部超声', '胆囊b超', '胆囊超声', '胆囊彩超', '肝脏b超', '肝脏超声'],
    en: ['abdominal ultrasound', 'abdominal us', 'abdo ultrasound', 'ultrasound abdomen', 'ultrasound of the abdomen', 'liver ultrasound', 'gallbladder ultrasound', 'ruq ultrasound', 'usg abdomen', 'hepatobiliary ultrasound'],
    normal: {
      zh: '肝脏大小形态正常，实质回声均匀；胆囊壁光滑，腔内未见结石；肝内外胆管无扩张，胆总管内径 4 mm；胰腺、脾脏未见异常；腹腔未见积液',
      en: 'Liver normal in size with homogeneous echotexture; gallbladder thin-walled without stones; no biliary dilatation, CBD 4 mm; pancreas and spleen normal; no free fluid'
    },
    costCny: 180,
    turnaroundMinutes: 60
  },
  {
    id: 'renal-ultrasound',
    kind: 'test',
    zh: ['泌尿系b超', '泌尿系超声', '泌尿系彩超', '肾脏b超', '双肾b超', '肾脏超声', '肾输尿管膀胱', '膀胱b超', '前列腺b超', '残余尿'],
    en: ['renal ultrasound', 'kidney ultrasound', 'ultrasound of the kidney', 'urinary tract ultrasound', 'ultrasound of the bladder', 'bladder scan', 'post-void residual', 'prostate ultrasound'],
    normal: {
      zh: '双肾大小形态正常，皮髓质分界清，集合系统无分离，未见结石；双侧输尿管未见扩张；膀胱充盈良好，壁光滑；残余尿 <20 mL',
      en: 'Both kidneys normal in size with good corticomedullary differentiation; no hydronephrosis or calculi; ureters not dilated; bladder smooth-walled; post-void residual < 20 mL'
    },
    costCny: 150,
    turnaroundMinutes: 60
  },
  {
    id: 'pelvic-ultrasound',
    kind: 'test',
    zh: ['盆腔超声', '盆腔b超', '盆腔彩超', '妇科b超', '妇科超声', '经阴道超声', '阴超', '子宫附件b超', '子宫附件超声', '子宫b超'],
    en: ['pelvic ultrasound', 'pelvic us', 'ultrasound pelvis', 'ultrasound of the pelvis', 'transvaginal', 'tvus', 'tvs scan', 'gynae ultrasound', 'gynecological ultrasound', 'gynaecological ultrasound', 'uterus ultrasound'],
    normal: {
      zh: '子宫前位，大小约 75×48×40 mm，肌层回声均匀，内膜厚 8 mm；双侧卵巢大小正常，附件区未见包块；宫内外未见孕囊；盆腔未见游离液体',
      en: 'Anteverted uterus 75 × 48 × 40 mm with homogeneous myometrium, endometrium 8 mm; ovaries normal, no adnexal mass; no intra- or extra-uterine gestational sac; no free fluid'
    },
    costCny: 180,
    turnaroundMinutes: 60
  },
  {
    id: 'leg-doppler',
    kind: 'test',
    zh: ['下肢静脉超声', '下肢静脉彩超', '下肢血管超声', '下肢血管彩超', '下肢深静脉', '深静脉超声', '下肢b超'],
    en: ['leg doppler', 'venous doppler', 'lower limb doppler', 'leg ultrasound', 'venous ultrasound', 'dvt scan', 'dvt ultrasound', 'compression ultrasound', 'venous duplex', 'leg duplex'],
    normal: {
      zh: '双下肢深静脉管腔通畅，加压可完全闭合，血流充盈良好，未见血栓',
      en: 'Deep veins of both legs fully compressible with normal flow; no thrombus'
    },
    costCny: 200,
    turnaroundMinutes: 60
  },
  {
    id: 'ct-head',
    kind: 'test',
    zh: ['头颅ct', '头部ct', '颅脑ct', '脑ct', '头ct', '脑部ct'],
    en: ['ct head', 'head ct', 'ct brain', 'brain ct', 'ct of the head', 'ct of the brain', 'cranial ct', 'ct scan of the head', 'ct scan of my head', 'ct scan of your head'],
    normal: {
      zh: '脑实质内未见异常密度影，灰白质分界清楚；脑室系统未见扩大，脑沟脑池无增宽；中线结构居中；颅骨未见骨折',
      en: 'No intracranial haemorrhage, infarct or mass; grey–white differentiation preserved; ventricles and sulci normal; midline structures central; no skull fracture'
    },
    costCny: 280,
    turnaroundMinutes: 60
  },
  {
    id: 'mri-head',
    kind: 'test',
    zh: ['头颅mri', '头部mri', '颅脑mri', '脑mri', '头颅核磁', '头部核磁', '脑核磁', '头核磁', '头颅磁共振', '颅脑磁共振', '脑磁共振'],
    en: ['mri head', 'head mri', 'mri brain', 'brain mri', 'mri of the head', 'mri of the brain', 'cranial mri', 'mr brain'],
    normal: {
      zh: '脑实质内未见异常信号，DWI 未见弥散受限；脑室脑池未见扩大，中线结构居中；增强后未见异常强化',
      en: 'Normal brain parenchyma with no restricted diffusion; ventricles and sulci normal; midline structures central; no abnormal enhancement'
    },
    costCny: 700,
    turnaroundMinutes: 1440
  },
  {
    id: 'ct-chest',
    kind: 'test',
    zh: ['胸部ct', '肺部ct', '胸ct', '肺ct', '高分辨ct', '胸部平扫'],
    en: ['ct chest', 'chest ct', 'ct thorax', 'ct of the chest', 'lung ct', 'hrct', 'high-resolution ct'],
    normal: {
      zh: '双肺纹理清晰，未见结节、实变及磨玻璃影；气管及支气管通畅；纵隔淋巴结未见肿大；双侧胸腔未见积液',
      en: 'No pulmonary nodules, consolidation or ground-glass change; airways patent; no mediastinal lymphadenopathy; no pleural effusion'
    },
    costCny: 300,
    turnaroundMinutes: 60
  },
  {
    id: 'ctpa',
    kind: 'test',
    zh: ['ctpa', '肺动脉cta', '肺动脉ct', '肺动脉造影', '肺栓塞ct'],
    en: ['ctpa', 'ct pulmonary angio', 'pulmonary angiogra', 'ct for pe', 'ct for pulmonary embol'],
    normal: {
      zh: '肺动脉主干及左右肺动脉各级分支充盈良好，未见充盈缺损；右心室不大；双肺未见实变',
      en: 'Pulmonary arteries opacify well with no filling defect; right ventricle not dilated; lungs clear'
    },
    costCny: 1000,
    turnaroundMinutes: 90
  },
  {
    id: 'ct-aorta',
    kind: 'test',
    zh: ['主动脉cta', '主动脉ct', '主动脉造影', '全主动脉'],
    en: ['ct aorta', 'aortic ct', 'ct aortogram', 'cta aorta', 'aortic cta', 'ct angiogram of the aorta'],
    normal: {
      zh: '主动脉走行自然，管径正常，管壁光滑，未见夹层、动脉瘤及壁间血肿',
      en: 'Aorta normal in calibre and course; no dissection flap, aneurysm or intramural haematoma'
    },
    costCny: 1100,
    turnaroundMinutes: 90
  },
  {
    id: 'ct-abdomen',
    kind: 'test',
    zh: ['腹部ct', '全腹ct', '腹盆ct', '腹盆腔ct', '上腹部ct', '下腹部ct', '肚子ct', '腹部增强ct'],
    en: ['ct abdomen', 'abdominal ct', 'ct of the abdomen', 'ct a/p', 'ct ap', 'abdo ct', 'ct pelvis'],
    normal: {
      zh: '肝、胆、胰、脾及双肾形态、密度未见异常，胆囊未见结石；阑尾未见增粗；肠管未见扩张及积气积液；腹腔未见积液及游离气体；腹膜后淋巴结未见肿大',
      en: 'Liver, gallbladder, pancreas, spleen and kidneys normal; appendix normal; no bowel dilatation; no free fluid or free gas; no retroperitoneal lymphadenopathy'
    },
    costCny: 500,
    turnaroundMinutes: 90
  },
  {
    id: 'ct-kub',
    kind: 'test',
    zh: ['泌尿系ct', '泌尿系统ct', '肾脏ct', '尿路ct', '输尿管ct'],
    en: ['ct kub', 'ct urogram', 'ct renal', 'ct of the kidneys', 'stone protocol'],
    normal: {
      zh: '双肾、双侧输尿管走行区及膀胱内未见结石影；双肾无积水，肾周无渗出',
      en: 'No calculi in the kidneys, ureters or bladder; no hydronephrosis or perinephric stranding'
    },
    costCny: 300,
    turnaroundMinutes: 60
  },

  // ─── Endoscopy and procedures ──────────────────────────────────────────
  {
    id: 'gastroscopy',
    kind: 'test',
    zh: ['胃镜', '电子胃镜', '无痛胃镜'],
    en: ['gastroscop', 'ogd', 'egd', 'upper endoscopy', 'upper gi endoscopy', 'oesophagogastroduodenoscopy', 'esophagogastroduodenoscopy', 'endoscopy'],
    normal: {
      zh: '食管黏膜光滑，齿状线清晰；胃底、胃体、胃角、胃窦黏膜光滑，未见溃疡、出血及新生物；幽门圆，开闭好；十二指肠球部及降部未见异常；快速尿素酶试验阴性',
      en: 'Normal oesophagus with a clear Z-line; gastric fundus, body, incisura and antrum normal, no ulcer, bleeding or mass; pylorus normal; duodenal bulb and D2 normal; CLO test negative'
    },
    costCny: 400,
    turnaroundMinutes: 1440
  },
  {
    id: 'colonoscopy',
    kind: 'test',
    zh: ['肠镜', '结肠镜', '电子肠镜', '无痛肠镜', '乙状结肠镜'],
    en: ['colonoscop', 'sigmoidoscop', 'lower gi scope', 'flexi sig', 'flexible sigmoid'],
    normal: {
      zh: '进镜至回肠末段，所见回肠末段、全结肠及直肠黏膜光滑，血管纹理清晰，未见溃疡、息肉及新生物',
      en: 'Intubated to the terminal ileum; terminal ileum, colon and rectum normal with a clear vascular pattern; no ulcers, polyps or masses'
    },
    costCny: 600,
    turnaroundMinutes: 2880
  },
  {
    id: 'lumbar-puncture',
    kind: 'test',
    zh: ['腰穿', '腰椎穿刺', '脑脊液', 'csf'],
    en: ['lumbar puncture', 'spinal tap', 'csf'],
    normal: {
      zh: '脑脊液无色透明，初压 140 mmH₂O；白细胞 2×10⁶/L，蛋白 0.35 g/L，葡萄糖 3.2 mmol/L（同步血糖 5.4 mmol/L），氯化物 122 mmol/L；革兰染色未见细菌，黄变试验阴性',
      en: 'Clear, colourless CSF, opening pressure 14 cmH₂O; WCC 2 ×10⁶/L, protein 0.35 g/L, glucose 3.2 mmol/L (paired plasma 5.4 mmol/L); Gram stain no organisms; no xanthochromia'
    },
    costCny: 250,
    turnaroundMinutes: 120
  }
]
