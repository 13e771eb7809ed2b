import type { Concept } from './lexicon-types'

/**
 * The bilingual concepts a student's question can touch: symptoms across the
 * systems a history covers, cue words that point at kinds of history, findings
 * (side, colour, smell) and the greeting and closing moves.
 *
 * Terms match as substrings of the normalised question (lower case,
 * half-width), so every term is lower case and long enough not to fire inside
 * unrelated words: no single Chinese characters, no bare "red", "right",
 * "numb" (number), "itch" (kitchen), "ease" (disease), "temper" (temperature).
 * A broader concept may share words with a narrower one on purpose ("上腹痛"
 * is both abdominal pain and epigastric pain; "coughing up blood" is both
 * cough and haemoptysis).
 */
export const symptomLexicon: readonly Concept[] = [
  // ─── General ────────────────────────────────────────────────────────────
  {
    id: 'fever',
    kind: 'symptom',
    zh: ['发烧', '发热', '高烧', '低烧', '体温高', '体温升高', '身上发烫', '额头烫', '体温多少', '烧不烧', '量过体温'],
    en: ['fever', 'feverish', 'febrile', 'pyrexi', 'temperature', 'high temp', 'hot and cold']
  },
  {
    id: 'chills',
    kind: 'symptom',
    zh: ['发冷', '寒战', '打寒战', '打冷战', '打哆嗦', '冷得发抖', '畏寒', '哆嗦'],
    en: ['chill', 'rigor', 'shiver', 'shaking with cold', 'cold shakes']
  },
  {
    id: 'night-sweats',
    kind: 'symptom',
    zh: ['盗汗', '夜间出汗', '晚上出汗', '夜里出汗', '睡觉出汗', '睡着出汗', '半夜出汗'],
    en: ['night sweat', 'sweat at night', 'sweating at night', 'sweats at night', 'drenched', 'soaking the sheets', 'wet sheets']
  },
  {
    id: 'sweating',
    kind: 'symptom',
    zh: ['出汗', '冒汗', '大汗', '冷汗', '多汗', '汗多', '出虚汗', '汗出'],
    en: ['sweating', 'sweaty', 'sweat a lot', 'cold sweat', 'perspir', 'diaphore', 'clammy']
  },
  {
    id: 'fatigue',
    kind: 'symptom',
    zh: ['乏力', '疲劳', '疲倦', '疲乏', '没精神', '没力气', '容易累', '很累', '觉得累', '累不累', '浑身没劲', '全身无力', '没精力', '精力差', '体力下降'],
    en: ['tiredness', 'feel tired', 'feeling tired', 'felt tired', 'been tired', 'are you tired', 'so tired', 'very tired', 'more tired', 'get tired', 'fatigue', 'exhaust', 'letharg', 'no energy', 'lack of energy', 'low energy', 'worn out', 'run down', 'feel weak', 'feeling weak', 'malaise']
  },
  {
    id: 'weight-loss',
    kind: 'symptom',
    zh: ['体重下降', '体重减轻', '体重减少', '消瘦', '瘦了', '变瘦', '掉秤', '掉了几斤', '轻了几斤'],
    en: ['weight loss', 'lost weight', 'losing weight', 'lost any weight', 'lose weight', 'weight dropped', 'clothes looser', 'clothes are loose', 'got thinner', 'getting thinner']
  },
  {
    id: 'weight-gain',
    kind: 'symptom',
    zh: ['体重增加', '体重上升', '长胖', '发胖', '胖了', '变胖', '长肉', '重了几斤'],
    en: ['weight gain', 'gained weight', 'put on weight', 'putting on weight', 'gaining weight']
  },
  {
    id: 'poor-appetite',
    kind: 'symptom',
    zh: ['食欲不振', '食欲差', '食欲下降', '食欲减退', '没胃口', '胃口差', '胃口不好', '不想吃饭', '不想吃东西', '吃不下', '吃得少', '纳差', '厌食'],
    en: ['poor appetite', 'loss of appetite', 'lost your appetite', 'reduced appetite', 'decreased appetite', 'appetite loss', 'off your food', 'off food', 'not hungry', 'not eating', 'eating less', 'anorexi']
  },
  {
    id: 'increased-appetite',
    kind: 'symptom',
    zh: ['食欲增加', '食欲亢进', '食欲好', '胃口大', '胃口变大', '吃得多', '容易饿', '饿得快', '总觉得饿', '多食', '饭量大', '饭量增加'],
    en: ['increased appetite', 'appetite increased', 'bigger appetite', 'hungry all the time', 'always hungry', 'hungrier', 'eating more', 'polyphag']
  },
  {
    id: 'thirst',
    kind: 'symptom',
    zh: ['口渴', '口干', '嘴干', '多饮', '喝水多', '喝很多水', '老想喝水', '想喝水', '饮水增多', '口干舌燥'],
    en: ['thirst', 'polydipsi', 'drinking a lot of water', 'drink a lot of water', 'drinking more water', 'drinking lots of water', 'dry mouth', 'mouth dry', 'mouth is dry']
  },
  {
    id: 'heat-intolerance',
    kind: 'symptom',
    zh: ['怕热', '不耐热', '受不了热', '比别人怕热', '总觉得热', '燥热'],
    en: ['heat intoleran', 'intolerant of heat', "can't stand the heat", 'cannot stand the heat', 'bothered by heat', 'bothered by the heat', 'hot all the time', 'feeling hot', 'too hot', 'hotter than']
  },
  {
    id: 'cold-intolerance',
    kind: 'symptom',
    zh: ['怕冷', '不耐冷', '不耐寒', '比别人怕冷', '总觉得冷', '手脚冰凉', '手脚发凉'],
    en: ['cold intoleran', 'intolerant of cold', 'feel the cold', 'feeling cold', 'always cold', 'cold all the time', 'colder than', "can't stand the cold", 'bothered by the cold']
  },
  {
    id: 'pallor',
    kind: 'symptom',
    zh: ['苍白', '脸色发白', '脸色不好', '没血色', '脸色差', '面色发白'],
    en: ['pallor', 'look pale', 'looking pale', 'looked pale', 'gone pale', 'turned pale', 'pale skin', 'pale face', 'face pale', 'washed out', 'lost your colour', 'lost your color']
  },
  {
    id: 'swollen-glands',
    kind: 'symptom',
    zh: ['淋巴结', '脖子上有包', '脖子上长包', '腋下有包', '腋窝有包', '腹股沟有包', '大腿根有包'],
    en: ['swollen gland', 'glands', 'lymph', 'lump in your neck', 'lumps in your neck', 'lump under your arm', 'lump in your armpit', 'lump in your groin']
  },
  {
    id: 'lump',
    kind: 'symptom',
    zh: ['肿块', '包块', '摸到包', '长了个包', '长包', '鼓包', '疙瘩', '肿物'],
    en: ['a lump', 'any lump', 'lumps', 'a mass', 'any mass', 'new growth']
  },
  {
    id: 'swelling',
    kind: 'symptom',
    zh: ['肿胀', '肿起来', '肿了', '发肿', '肿大'],
    en: ['swelling', 'swollen', 'puffy', 'puffiness']
  },
  {
    id: 'pain',
    kind: 'symptom',
    zh: ['疼痛', '疼不疼', '痛不痛', '哪里疼', '哪里痛', '哪儿疼', '哪儿痛', '有没有疼', '有没有痛', '疼吗', '痛吗'],
    en: ['pain', 'hurt', 'sore', 'any ache', 'an ache', 'aches and pains']
  },
  {
    id: 'falls',
    kind: 'symptom',
    zh: ['摔倒', '跌倒', '摔跤', '跌跤', '摔了一跤', '摔过'],
    en: ['a fall', 'any falls', 'had falls', 'fallen', 'falling over', 'fell over', 'fell down']
  },

  // ─── Cardiovascular ────────────────────────────────────────────────────
  {
    id: 'chest-pain',
    kind: 'symptom',
    zh: ['胸痛', '胸疼', '胸口疼', '胸口痛', '胸部疼', '胸部痛', '胸前疼', '胸前痛', '心口疼', '心口痛', '心前区疼', '心前区痛', '胸骨后疼', '胸骨后痛', '心绞痛'],
    en: ['chest pain', 'pain in your chest', 'pain in the chest', 'chest hurt', 'chest ache', 'chest discomfort', 'chest sore', 'sore chest', 'angina']
  },
  {
    id: 'chest-tightness',
    kind: 'symptom',
    zh: ['胸闷', '胸口闷', '胸口发闷', '胸口发紧', '胸口紧', '胸口压', '胸口憋', '胸口堵', '胸口沉', '胸部紧缩', '压着石头', '压了块石头'],
    en: ['chest tight', 'tight chest', 'tightness in your chest', 'tightness in the chest', 'pressure in your chest', 'pressure on your chest', 'chest pressure', 'heavy chest', 'heaviness in your chest', 'chest heav', 'weight on your chest']
  },
  {
    id: 'palpitations',
    kind: 'symptom',
    zh: ['心慌', '心悸', '心跳快', '心跳得厉害', '心跳加快', '心跳加速', '心里发慌', '心跳不规律', '心跳不齐', '心律不齐', '心里扑通', '心脏乱跳', '心跳漏', '心跳停一下', '早搏'],
    en: ['palpitat', 'heart racing', 'racing heart', 'heart pounding', 'pounding heart', 'heart fluttering', 'fluttering in your chest', 'heart skipping', 'skipped beat', 'missed beat', 'irregular heart', 'heartbeat', 'heart beating fast', 'heart is beating']
  },
  {
    id: 'syncope',
    kind: 'symptom',
    zh: ['晕厥', '晕倒', '昏倒', '晕过去', '昏过去', '失去知觉', '不省人事', '意识丧失', '黑矇', '眼前一黑'],
    en: ['faint', 'pass out', 'passed out', 'passing out', 'black out', 'blackout', 'blacked out', 'syncop', 'lost consciousness', 'loss of consciousness', 'collapse', 'keel over', 'keeled over']
  },
  {
    id: 'orthopnoea',
    kind: 'symptom',
    zh: ['不能平躺', '平躺', '躺平', '躺下就喘', '躺下气短', '躺下憋', '高枕', '端坐呼吸', '几个枕头', '垫高枕头', '坐着睡'],
    en: ['orthopn', 'lie flat', 'lying flat', 'lay flat', 'pillows', 'propped up', 'sleep sitting up', 'sleeping sitting up', 'breathless lying down', 'short of breath lying down']
  },
  {
    id: 'paroxysmal-nocturnal-dyspnoea',
    kind: 'symptom',
    zh: ['夜间阵发性呼吸困难', '夜里憋醒', '半夜憋醒', '夜间憋醒', '睡着憋醒', '憋醒', '半夜喘醒', '夜里喘醒', '半夜坐起来'],
    en: ['paroxysmal nocturnal', 'pnd', 'wake up breathless', 'waking up breathless', 'wake up short of breath', 'waking up short of breath', 'wake up gasping', 'woken up gasping', 'wakes you up at night', 'gasping for air at night']
  },
  {
    id: 'leg-swelling',
    kind: 'symptom',
    zh: ['腿肿', '脚肿', '脚踝肿', '下肢水肿', '下肢浮肿', '双下肢水肿', '小腿肿', '水肿', '浮肿', '按下去一个坑'],
    en: ['leg swelling', 'swollen leg', 'swelling in your leg', 'swelling of your leg', 'legs swollen', 'legs swell', 'ankle swelling', 'swollen ankle', 'ankles swollen', 'ankles swell', 'swollen feet', 'feet swollen', 'puffy ankles', 'oedema', 'edema']
  },
  {
    id: 'claudication',
    kind: 'symptom',
    zh: ['间歇性跛行', '走路腿疼', '走路腿痛', '走路小腿疼', '走一段路腿疼', '走路就腿疼', '走不远', '走路腿酸'],
    en: ['claudicat', 'pain in your calves when you walk', 'calf pain when walking', 'calf pain on walking', 'leg pain when you walk', 'legs hurt when you walk', 'leg pain on walking', 'cramp when you walk']
  },
  {
    id: 'exertional-breathlessness',
    kind: 'symptom',
    zh: ['活动后气短', '活动后气促', '活动后胸闷', '活动后喘', '一活动就喘', '爬楼气短', '爬楼梯喘', '上楼喘', '上楼梯气短', '走路喘', '走几步就喘', '活动耐量', '能走多远', '能爬几层楼'],
    en: ['on exertion', 'exertional', 'when you exert', 'climbing stairs', 'climb stairs', 'walk up stairs', 'flight of stairs', 'flights of stairs', 'exercise tolerance', 'how far can you walk', 'breathless when you walk', 'breathless on walking']
  },
  {
    id: 'cyanosis',
    kind: 'symptom',
    zh: ['发紫', '嘴唇发紫', '口唇发紫', '发绀', '口唇青紫', '嘴唇发青', '脸发青', '青紫'],
    en: ['cyanos', 'cyanot', 'blue lips', 'lips blue', 'lips going blue', 'turning blue', 'turned blue', 'gone blue', 'bluish']
  },
  {
    id: 'leg-pain',
    kind: 'symptom',
    zh: ['腿疼', '腿痛', '小腿疼', '小腿痛', '腿肚子', '大腿疼', '大腿痛', '下肢疼痛', '小腿肿痛'],
    en: ['leg pain', 'pain in your leg', 'leg hurt', 'legs hurt', 'leg ache', 'sore leg', 'calf pain', 'pain in your calf', 'calf hurt', 'calf tender', 'thigh pain']
  },
  {
    id: 'arm-pain',
    kind: 'symptom',
    zh: ['胳膊疼', '胳膊痛', '手臂疼', '手臂痛', '上臂疼', '前臂疼', '胳膊酸痛'],
    en: ['arm pain', 'pain in your arm', 'pain down your arm', 'arm hurt', 'arm ache', 'sore arm']
  },
  {
    id: 'jaw-pain',
    kind: 'symptom',
    zh: ['下巴疼', '下巴痛', '下颌疼', '下颌痛', '下颌部'],
    en: ['jaw']
  },

  // ─── Respiratory ───────────────────────────────────────────────────────
  {
    id: 'cough',
    kind: 'symptom',
    zh: ['咳嗽', '干咳', '咳个不停', '咳得厉害'],
    en: ['cough']
  },
  {
    id: 'sputum',
    kind: 'symptom',
    zh: ['咳痰', '有痰', '吐痰', '痰多', '痰液', '黄痰', '白痰', '浓痰', '咳出东西', '咳出来的东西'],
    en: ['sputum', 'phlegm', 'coughing up mucus', 'cough up mucus', 'bringing up mucus', 'bringing anything up', 'bring anything up', 'coughing anything up', 'cough anything up', 'productive cough']
  },
  {
    id: 'haemoptysis',
    kind: 'symptom',
    zh: ['咯血', '咳血', '痰中带血', '痰里带血', '痰里有血', '痰带血', '咳出血', '咳嗽带血', '血痰'],
    en: ['haemoptysis', 'hemoptysis', 'coughing up blood', 'cough up blood', 'coughed up blood', 'blood in your sputum', 'blood in the sputum', 'blood in your phlegm', 'blood in the phlegm', 'blood-stained sputum', 'bloody sputum']
  },
  {
    id: 'breathlessness',
    kind: 'symptom',
    zh: ['气短', '气促', '气急', '气喘', '喘气', '喘不上气', '喘不过气', '喘得', '呼吸困难', '呼吸急促', '憋气', '上不来气', '透不过气', '喘憋', '憋得慌'],
    en: ['short of breath', 'shortness of breath', 'breathless', 'dyspnoea', 'dyspnea', 'difficulty breathing', 'trouble breathing', 'hard to breathe', 'out of breath', 'catch your breath', 'breathing difficult', 'struggling to breathe']
  },
  {
    id: 'wheeze',
    kind: 'symptom',
    zh: ['喘鸣', '哮鸣', '嘶嘶声', '咝咝', '吹哨', '呼吸有声音', '呼吸有响声', '嗓子里有响声', '胸口有响声'],
    en: ['wheez', 'whistling', 'whistle when you breathe', 'noisy breathing']
  },
  {
    id: 'pleuritic-pain',
    kind: 'symptom',
    zh: ['吸气时疼', '吸气时痛', '吸气疼', '深呼吸疼', '深呼吸痛', '深吸气', '呼吸时胸痛', '呼吸时疼', '喘气疼', '一吸气就疼', '咳嗽时胸痛', '咳嗽时疼'],
    en: ['pleuritic', 'pain when you breathe', 'hurts to breathe', 'hurt when you breathe', 'pain on breathing', 'pain on deep breath', 'deep breath', 'breathe in deeply', 'worse when you breathe', 'pain when you cough']
  },
  {
    id: 'snoring',
    kind: 'symptom',
    zh: ['打鼾', '打呼噜', '打呼', '呼吸暂停', '睡觉憋气', '鼾声'],
    en: ['snor', 'stop breathing at night', 'stops breathing in your sleep', 'apnoea', 'apnea']
  },

  // ─── Gastrointestinal ──────────────────────────────────────────────────
  {
    id: 'abdominal-pain',
    kind: 'symptom',
    zh: ['腹痛', '腹疼', '肚子疼', '肚子痛', '腹部疼', '腹部痛', '肚子不舒服', '腹部不适', '肚子难受', '腹部绞痛', '肚子绞痛', '肚子里疼'],
    en: ['abdominal pain', 'abdo pain', 'pain in your abdomen', 'abdominal discomfort', 'abdominal cramp', 'tummy pain', 'tummy ache', 'pain in your tummy', 'sore tummy', 'tummy cramp', 'stomach pain', 'stomach ache', 'stomachache', 'pain in your stomach', 'sore stomach', 'stomach cramp', 'belly pain', 'belly ache', 'bellyache', 'pain in your belly']
  },
  {
    id: 'epigastric-pain',
    kind: 'symptom',
    zh: ['上腹痛', '上腹疼', '上腹部', '胃疼', '胃痛', '心窝疼', '心窝痛', '心口窝', '胃脘', '剑突下', '胃部不适', '胃不舒服', '胃难受'],
    en: ['epigastr', 'upper abdom', 'upper tummy', 'upper belly', 'pit of your stomach', 'top of your stomach', 'upper stomach']
  },
  {
    id: 'right-upper-quadrant-pain',
    kind: 'symptom',
    zh: ['右上腹', '右肋下', '右边肋骨下', '右侧肋骨下', '肝区疼', '肝区痛', '胆囊区'],
    en: ['right upper quadrant', 'ruq', 'right upper abdom', 'right upper tummy', 'right upper belly', 'under your right ribs', 'below your right ribs', 'right side under your ribs']
  },
  {
    id: 'right-lower-quadrant-pain',
    kind: 'symptom',
    zh: ['右下腹', '麦氏点', '右侧下腹'],
    en: ['right lower quadrant', 'rlq', 'right iliac fossa', 'right lower abdom', 'right lower tummy', 'right lower belly', 'right side of your lower']
  },
  {
    id: 'left-lower-quadrant-pain',
    kind: 'symptom',
    zh: ['左下腹', '左侧下腹'],
    en: ['left lower quadrant', 'llq', 'left iliac fossa', 'left lower abdom', 'left lower tummy', 'left lower belly']
  },
  {
    id: 'periumbilical-pain',
    kind: 'symptom',
    zh: ['肚脐周围', '脐周', '肚脐眼', '肚脐疼', '肚脐痛', '肚脐附近'],
    en: ['around your belly button', 'around the belly button', 'near your belly button', 'periumbilical', 'umbilic', 'navel']
  },
  {
    id: 'lower-abdominal-pain',
    kind: 'symptom',
    zh: ['下腹痛', '下腹疼', '下腹部', '小腹疼', '小腹痛', '小肚子疼', '小肚子痛', '耻骨上', '肚脐下面', '盆腔痛', '盆腔疼', '骨盆疼', '骨盆痛'],
    en: ['lower abdom', 'lower tummy', 'lower belly', 'suprapubic', 'below your belly button', 'pelvic pain', 'pain in your pelvis', 'pelvis pain']
  },
  {
    id: 'nausea',
    kind: 'symptom',
    zh: ['恶心', '想吐', '反胃', '作呕', '犯恶心', '干呕'],
    en: ['nause', 'feel sick', 'feeling sick', 'felt sick', 'queasy', 'sick to your stomach', 'any retching', 'been retching', 'dry retch', 'dry heav']
  },
  {
    id: 'vomiting',
    kind: 'symptom',
    zh: ['呕吐', '吐了', '吐过', '吐没吐', '吐东西', '吐出来', '吐不吐', '呕出'],
    en: ['vomit', 'throw up', 'threw up', 'throwing up', 'thrown up', 'puke', 'puking', 'emesis']
  },
  {
    id: 'haematemesis',
    kind: 'symptom',
    zh: ['呕血', '吐血', '吐出血', '呕吐物带血', '呕吐物有血', '吐的东西有血', '吐出来有血'],
    en: ['haematemesis', 'hematemesis', 'vomiting blood', 'vomit blood', 'vomited blood', 'blood in your vomit', 'blood in the vomit', 'threw up blood', 'throwing up blood', 'bloody vomit']
  },
  {
    id: 'coffee-ground-vomit',
    kind: 'symptom',
    zh: ['咖啡渣', '咖啡色的呕吐', '吐咖啡色'],
    en: ['coffee ground', 'coffee-ground', 'looked like coffee']
  },
  {
    id: 'diarrhoea',
    kind: 'symptom',
    zh: ['腹泻', '拉肚子', '拉稀', '大便稀', '稀便', '水样便', '泻肚', '跑肚', '大便次数多', '一天拉几次'],
    en: ['diarrh', 'loose stool', 'loose bowel', 'loose motion', 'runny stool', 'watery stool', 'the runs', 'runny poo']
  },
  {
    id: 'constipation',
    kind: 'symptom',
    zh: ['便秘', '大便干', '大便硬', '大便困难', '排便困难', '解不出大便', '拉不出', '几天没大便', '几天一次大便'],
    en: ['constipat', 'hard stool', 'straining to go', 'straining on the toilet', 'strain to pass', 'difficulty passing stool', "haven't opened your bowels", 'not opened your bowels', 'bowels not open']
  },
  {
    id: 'melaena',
    kind: 'symptom',
    zh: ['黑便', '柏油样便', '柏油便', '柏油样', '大便发黑', '大便黑', '大便是黑色', '拉黑便', '拉黑色'],
    en: ['melaena', 'melena', 'black stool', 'black poo', 'stools black', 'stool black', 'stools been black', 'tarry', 'black bowel', 'black motion']
  },
  {
    id: 'blood-in-stool',
    kind: 'symptom',
    zh: ['便血', '大便带血', '大便有血', '大便出血', '拉血', '血便', '鲜血便', '肛门出血', '擦屁股有血', '手纸上有血', '大便上有血'],
    en: ['blood in your stool', 'blood in the stool', 'blood in stool', 'bloody stool', 'blood in your poo', 'blood in the toilet', 'blood on the paper', 'blood when you wipe', 'rectal bleed', 'bleeding from your bottom', 'bleeding from the back passage', 'bleeding from your back passage', 'haematochezia', 'hematochezia', 'pr bleed']
  },
  {
    id: 'mucus-in-stool',
    kind: 'symptom',
    zh: ['黏液便', '粘液便', '大便有黏液', '大便有粘液', '脓血便', '大便带脓'],
    en: ['mucus in your stool', 'mucus in the stool', 'slime in your stool', 'mucus in your poo', 'pus in your stool']
  },
  {
    id: 'bowel-habit-change',
    kind: 'symptom',
    zh: ['排便习惯改变', '大便习惯改变', '大便习惯变化', '大便性状改变', '大便变细', '腹泻便秘交替', '便秘腹泻交替'],
    en: ['change in bowel habit', 'change in your bowel habit', 'bowel habit', 'alternating constipation', 'alternating diarrh', 'stools thinner', 'pencil-thin']
  },
  {
    id: 'tenesmus',
    kind: 'symptom',
    zh: ['里急后重', '排便不尽', '拉不干净', '老想大便', '总想大便', '解完还想解'],
    en: ['tenesmus', 'incomplete evacuation', "feeling you haven't finished", 'still need to go after']
  },
  {
    id: 'jaundice',
    kind: 'symptom',
    zh: ['黄疸', '皮肤发黄', '皮肤黄', '眼睛发黄', '眼睛黄', '眼白发黄', '巩膜黄染', '脸发黄', '身上发黄', '全身发黄', '人变黄', '脸变黄'],
    en: ['jaundice', 'icter', 'yellow skin', 'skin yellow', 'skin is yellow', 'yellow eyes', 'eyes yellow', 'eyes are yellow', 'yellowing', 'whites of your eyes', 'look yellow', 'looking yellow']
  },
  {
    id: 'bloating',
    kind: 'symptom',
    zh: ['腹胀', '肚子胀', '胀气', '胀肚', '肚子鼓', '肚子大了', '腹部膨隆'],
    en: ['bloat', 'distended', 'distension', 'distention', 'swollen tummy', 'swollen belly', 'abdominal swelling', 'gassy', 'tummy swollen', 'belly swollen']
  },
  {
    id: 'heartburn',
    kind: 'symptom',
    zh: ['烧心', '反酸', '泛酸', '胃灼热', '吐酸水', '胃里烧', '胃酸', '反流', '嘴里发酸'],
    en: ['heartburn', 'heart burn', 'acid reflux', 'reflux', 'indigestion', 'dyspeps', 'acid coming up', 'acid taste', 'burning in your chest', 'sour taste']
  },
  {
    id: 'dysphagia',
    kind: 'symptom',
    zh: ['吞咽困难', '咽下困难', '咽不下', '咽东西困难', '吞东西困难', '吃东西噎', '吃饭噎', '噎住', '卡在喉咙', '卡在胸口', '吞东西卡'],
    en: ['dysphag', 'difficulty swallowing', 'trouble swallowing', 'problem swallowing', 'problems swallowing', 'hard to swallow', 'food sticking', 'food gets stuck', 'food getting stuck', 'food stuck']
  },
  {
    id: 'odynophagia',
    kind: 'symptom',
    zh: ['吞咽疼', '吞咽痛', '咽东西疼', '咽东西痛', '吞东西疼', '咽口水疼', '咽口水都疼'],
    en: ['odynophag', 'painful to swallow', 'pain on swallowing', 'pain when you swallow', 'hurts to swallow', 'hurt when you swallow']
  },
  {
    id: 'early-satiety',
    kind: 'symptom',
    zh: ['早饱', '吃一点就饱', '吃一点就胀', '吃几口就饱', '饱胀感'],
    en: ['early satiety', 'full quickly', 'full very quickly', 'full after a little', 'full after eating only']
  },
  {
    id: 'belching',
    kind: 'symptom',
    zh: ['嗳气', '打嗝', '打饱嗝', '呃逆'],
    en: ['belch', 'burp', 'hiccup']
  },
  {
    id: 'mouth-ulcers',
    kind: 'symptom',
    zh: ['口腔溃疡', '口疮', '嘴里长泡', '嘴里破了', '口腔里长'],
    en: ['mouth ulcer', 'ulcers in your mouth', 'mouth sore', 'sores in your mouth', 'canker sore']
  },

  // ─── Genitourinary and gynaecological ───────────────────────────────────
  {
    id: 'dysuria',
    kind: 'symptom',
    zh: ['尿痛', '尿疼', '小便痛', '小便疼', '排尿痛', '排尿疼', '尿尿疼', '尿尿痛', '解小便疼', '尿的时候疼', '尿道灼热', '尿道烧', '小便烧', '小便时烧灼', '小便刺痛'],
    en: ['dysuria', 'pain when you pass urine', 'pain passing urine', 'pain on passing urine', 'pain on urinat', 'painful urinat', 'burning when you pee', 'burning when you urinate', 'burning when you pass urine', 'burning on urinat', 'sting when you pee', 'stings when you pee', 'hurt when you pee', 'hurts to pee', 'hurts when you wee', 'discomfort passing urine']
  },
  {
    id: 'urinary-frequency',
    kind: 'symptom',
    zh: ['尿频', '小便次数多', '小便频繁', '频繁小便', '老想小便', '总想小便', '老想尿尿', '上厕所次数多', '总去厕所', '老上厕所', '老跑厕所'],
    en: ['urinary frequency', 'frequent urinat', 'urinate frequently', 'urinating more often', 'urinate more often', 'passing urine more often', 'pass urine more often', 'passing water more often', 'pee more often', 'peeing more often', 'wee more often', 'going to the toilet more', 'going to the toilet a lot', 'toilet more often']
  },
  {
    id: 'urinary-urgency',
    kind: 'symptom',
    zh: ['尿急', '憋不住尿', '憋不住小便', '来不及上厕所', '急着上厕所'],
    en: ['urgency', 'urgent need', 'rush to the toilet', 'rushing to the toilet', "can't hold it", 'cannot hold it', 'need to go urgently', 'sudden urge']
  },
  {
    id: 'haematuria',
    kind: 'symptom',
    zh: ['血尿', '尿血', '小便带血', '小便有血', '尿里有血', '尿中带血', '尿是红的', '尿发红', '尿颜色红', '小便发红', '洗肉水'],
    en: ['haematuria', 'hematuria', 'blood in your urine', 'blood in the urine', 'blood in urine', 'blood in your pee', 'blood in your wee', 'red-coloured urine', 'pink urine', 'urine red', 'urine is red', 'urine pink']
  },
  {
    id: 'polyuria',
    kind: 'symptom',
    zh: ['多尿', '尿多', '尿量多', '尿量增多', '尿量增加', '小便量多', '小便特别多', '尿得多'],
    en: ['polyuri', 'passing a lot of urine', 'large amounts of urine', 'lots of urine', 'large volumes of urine', 'peeing a lot', 'pee a lot', 'wee a lot', 'weeing a lot', 'passing more urine']
  },
  {
    id: 'nocturia',
    kind: 'symptom',
    zh: ['夜尿', '起夜', '夜里小便', '晚上小便', '夜间排尿', '夜里上厕所', '晚上上厕所', '半夜上厕所', '夜里尿'],
    en: ['nocturia', 'up at night to', 'get up at night to', 'getting up at night to', 'pee at night', 'wee at night', 'urinate at night', 'pass urine at night', 'toilet at night']
  },
  {
    id: 'oliguria',
    kind: 'symptom',
    zh: ['少尿', '无尿', '尿少', '尿量少', '尿量减少', '小便少', '小便减少', '没有小便', '没怎么尿'],
    en: ['oliguri', 'anuri', 'passing less urine', 'less urine', 'not passing urine', 'not passing much urine', 'little urine', 'urine output', 'not peeing much']
  },
  {
    id: 'urinary-hesitancy',
    kind: 'symptom',
    zh: ['排尿困难', '尿不出', '尿不出来', '尿等待', '尿线细', '尿线变细', '排尿不畅', '尿不尽', '尿不干净', '尿滴沥', '尿潴留', '小便费力'],
    en: ['hesitan', 'weak stream', 'poor stream', 'difficulty passing urine', 'difficulty urinating', 'trouble urinating', "can't pass urine", 'cannot pass urine', 'urinary retention', 'dribbl', 'emptying your bladder', 'bladder empty', 'straining to pee']
  },
  {
    id: 'urinary-incontinence',
    kind: 'symptom',
    zh: ['尿失禁', '漏尿', '控制不住小便', '尿裤子', '尿床', '咳嗽漏尿'],
    en: ['incontinen', 'leak urine', 'leaking urine', 'leak when you cough', 'wet yourself', 'wetting yourself', 'wet the bed', 'bedwetting']
  },
  {
    id: 'loin-pain',
    kind: 'symptom',
    zh: ['腰部绞痛', '侧腰疼', '侧腰痛', '腰的一侧', '一侧腰疼', '一侧腰痛', '腰眼', '肾区疼', '肾区痛', '肾绞痛', '腰腹部绞痛'],
    en: ['flank', 'loin', 'kidney pain', 'pain in your side', 'pain in your kidney', 'renal colic', 'side pain']
  },
  {
    id: 'testicular-pain',
    kind: 'symptom',
    zh: ['睾丸疼', '睾丸痛', '睾丸肿', '阴囊疼', '阴囊痛', '阴囊肿', '蛋疼'],
    en: ['testic', 'testes', 'scrot', 'balls hurt']
  },
  {
    id: 'groin-pain',
    kind: 'symptom',
    zh: ['腹股沟疼', '腹股沟痛', '大腿根疼', '大腿根痛', '腹股沟肿块', '腹股沟鼓包'],
    en: ['groin pain', 'pain in your groin', 'groin hurt', 'groin swelling', 'lump in the groin']
  },
  {
    id: 'urethral-discharge',
    kind: 'symptom',
    zh: ['尿道口流脓', '尿道口分泌物', '尿道分泌物', '尿道流脓', '尿道口有东西流出'],
    en: ['urethral discharge', 'discharge from your penis', 'discharge from the penis', 'penile discharge', 'discharge from your willy']
  },
  {
    id: 'genital-sores',
    kind: 'symptom',
    zh: ['生殖器溃疡', '外阴溃疡', '下面长东西', '下面长了', '外阴长', '生殖器长', '龟头', '尖锐湿疣'],
    en: ['genital sore', 'genital ulcer', 'genital wart', 'genital lump', 'sores down below', 'sore down below', 'ulcer down below']
  },
  {
    id: 'vaginal-bleeding',
    kind: 'symptom',
    zh: ['阴道出血', '阴道流血', '下面出血', '下身出血', '见红', '不规则出血', '非经期出血', '同房后出血', '性交后出血', '绝经后出血', '点滴出血'],
    en: ['vaginal bleed', 'bleeding from the vagina', 'bleeding from your vagina', 'bleeding down below', 'spotting', 'bleeding between periods', 'intermenstrual', 'postcoital bleed', 'post-coital bleed', 'bleeding after sex', 'postmenopausal bleed', 'post-menopausal bleed', 'bleeding after the menopause']
  },
  {
    id: 'vaginal-discharge',
    kind: 'symptom',
    zh: ['白带', '阴道分泌物', '下面分泌物', '分泌物多', '分泌物异常', '外阴瘙痒', '外阴痒', '阴道痒'],
    en: ['vaginal discharge', 'discharge from the vagina', 'discharge from your vagina', 'discharge down below', 'white discharge', 'vaginal itch', 'itchy down below']
  },
  {
    id: 'missed-period',
    kind: 'symptom',
    zh: ['停经', '闭经', '月经没来', '例假没来', '大姨妈没来', '没来月经', '月经推迟', '例假推迟', '月经延迟', '月经过期', '月经晚了', '例假晚了'],
    en: ['missed period', 'missed a period', 'missed your period', 'period is late', 'period late', 'late period', 'period was late', 'amenorrh', 'no period', 'periods stopped', "haven't had a period", 'not had a period']
  },
  {
    id: 'heavy-periods',
    kind: 'symptom',
    zh: ['月经量多', '经量多', '月经多', '月经量大', '经量大', '月经有血块', '经期延长', '月经淋漓不尽'],
    en: ['heavy period', 'periods are heavy', 'periods heavy', 'period heavy', 'menorrhag', 'heavy bleeding', 'flooding', 'clots in your period', 'passing clots']
  },
  {
    id: 'period-pain',
    kind: 'symptom',
    zh: ['痛经', '月经痛', '月经疼', '来月经疼', '来例假疼', '经期腹痛', '经期肚子疼'],
    en: ['period pain', 'painful period', 'periods are painful', 'dysmenorrh', 'pain with your period', 'pain during your period']
  },
  {
    id: 'irregular-periods',
    kind: 'symptom',
    zh: ['月经不规律', '月经不调', '月经紊乱', '例假不规律', '月经周期不规律', '月经不准', '月经乱'],
    en: ['irregular period', 'periods irregular', 'periods are irregular', 'cycle irregular', 'irregular cycle', 'periods regular', 'regular periods', 'period regular']
  },
  {
    id: 'hot-flushes',
    kind: 'symptom',
    zh: ['潮热', '烘热', '面部潮红', '脸发红', '脸红', '潮红', '面红', '脸发烫'],
    en: ['flushing', 'flushed', 'hot flush', 'hot flash', 'face goes red', 'face going red', 'face turns red']
  },
  {
    id: 'dyspareunia',
    kind: 'symptom',
    zh: ['性交痛', '性交疼', '同房疼', '同房痛', '同房时疼', '房事疼'],
    en: ['dyspareun', 'pain during sex', 'pain with sex', 'painful sex', 'sex painful', 'sex is painful', 'hurts during sex', 'pain during intercourse', 'painful intercourse']
  },
  {
    id: 'erectile-dysfunction',
    kind: 'symptom',
    zh: ['勃起困难', '勃起障碍', '勃起功能障碍', '阳痿', '硬不起来'],
    en: ['erecti', 'impoten']
  },
  {
    id: 'breast-lump',
    kind: 'symptom',
    zh: ['乳房肿块', '乳房包块', '乳房里有包', '乳房有个包', '乳腺肿块', '乳腺包块', '乳房硬块', '乳房结节'],
    en: ['breast lump', 'lump in your breast', 'lump in the breast', 'breast mass', 'lumpy breast']
  },
  {
    id: 'breast-pain',
    kind: 'symptom',
    zh: ['乳房疼', '乳房痛', '乳房胀痛', '乳腺疼', '乳腺痛', '乳房胀'],
    en: ['breast pain', 'breasts hurt', 'breast hurt', 'sore breast', 'breast tender', 'tender breast', 'mastalg']
  },
  {
    id: 'nipple-discharge',
    kind: 'symptom',
    zh: ['乳头溢液', '乳头流水', '乳头有东西流出', '乳头出血', '溢乳', '泌乳'],
    en: ['nipple discharge', 'discharge from your nipple', 'discharge from the nipple', 'galactorr', 'milky discharge', 'leaking milk', 'bleeding from your nipple']
  },

  // ─── Neurological ──────────────────────────────────────────────────────
  {
    id: 'headache',
    kind: 'symptom',
    zh: ['头痛', '头疼', '脑袋疼', '脑袋痛', '头部疼', '头部痛', '偏头痛', '头胀', '头胀痛', '后脑勺疼', '太阳穴疼', '额头疼'],
    en: ['headache', 'head ache', 'head hurt', 'head pain', 'pain in your head', 'migraine', 'head is sore', 'sore head', 'throbbing head']
  },
  {
    id: 'dizziness',
    kind: 'symptom',
    zh: ['头晕', '头昏', '晕乎乎', '发晕', '头重脚轻', '头晕眼花', '犯晕', '晕不晕', '眼前发黑', '差点晕倒', '快要晕'],
    en: ['dizz', 'lightheaded', 'light-headed', 'light headed', 'woozy', 'giddy', 'feel faint', 'felt faint', 'feeling faint']
  },
  {
    id: 'vertigo',
    kind: 'symptom',
    zh: ['眩晕', '天旋地转', '天转地转', '房子转', '房子在转', '东西在转', '周围在转', '周围东西转', '看东西转'],
    en: ['vertigo', 'spinning', 'room spin', 'room is spinning', 'room was spinning', 'things spin', 'world spinning']
  },
  {
    id: 'weakness',
    kind: 'symptom',
    zh: ['肢体无力', '手脚无力', '手脚没力', '胳膊没劲', '胳膊无力', '胳膊没力', '腿没劲', '腿无力', '腿没力', '手没劲', '手没力', '手无力', '一侧无力', '半边身子', '半身不遂', '偏瘫', '瘫痪', '抬不起来', '使不上劲', '拿不住东西', '拿不稳'],
    en: ['weakness', 'weak arm', 'weak leg', 'arm weak', 'arms weak', 'leg weak', 'legs weak', 'limb weak', 'weak limb', 'paraly', 'hemipleg', 'hemipares', "can't move your", 'cannot move your', 'lost strength', 'loss of strength', 'lose strength', 'one side of your body', 'drop things', 'dropping things']
  },
  {
    id: 'numbness',
    kind: 'symptom',
    zh: ['麻木', '发麻', '手麻', '脚麻', '腿麻', '脸麻', '嘴麻', '麻麻的', '没知觉', '没感觉了', '感觉减退', '感觉迟钝', '感觉不到'],
    en: ['numbness', 'gone numb', 'go numb', 'went numb', 'feel numb', 'feels numb', 'felt numb', 'is numb', 'are numb', 'any numb', 'loss of sensation', 'lost sensation', 'reduced sensation', 'altered sensation', "can't feel", 'cannot feel']
  },
  {
    id: 'tingling',
    kind: 'symptom',
    zh: ['针刺感', '针扎感', '针扎一样', '蚁行感', '像蚂蚁爬', '蚂蚁在爬', '麻刺感', '刺麻', '麻酥酥'],
    en: ['tingling', 'tingle', 'pins and needles', 'paraesthes', 'paresthes', 'prickling', 'buzzing in your hands', 'buzzing in your feet']
  },
  {
    id: 'speech-difficulty',
    kind: 'symptom',
    zh: ['说话不清', '说话不清楚', '口齿不清', '吐字不清', '言语不清', '讲话含糊', '说话含糊', '大舌头', '说不出话', '说话费劲', '找不到词', '失语', '说话不利索', '听不懂别人说话'],
    en: ['slurred', 'slurring', 'speech', 'trouble speaking', 'difficulty speaking', 'problems speaking', 'get your words out', 'find the right word', 'finding words', 'dysarthr', 'aphasi', 'dysphasi']
  },
  {
    id: 'facial-droop',
    kind: 'symptom',
    zh: ['口角歪斜', '嘴歪', '口眼歪斜', '面瘫', '脸歪', '嘴角下垂', '嘴角歪', '面部不对称', '漏口水', '流口水'],
    en: ['facial droop', 'face droop', 'drooping face', 'face drooping', 'droopy face', 'mouth droop', 'drooping mouth', 'facial weakness', 'face weak', 'crooked smile', 'lopsided', "bell's palsy", 'facial palsy', 'drooling']
  },
  {
    id: 'visual-disturbance',
    kind: 'symptom',
    zh: ['看不清', '视力下降', '视力减退', '视力模糊', '视物模糊', '眼睛模糊', '看东西模糊', '看东西不清楚', '眼花', '视野缺损', '视野缺', '失明', '看不见', '一过性黑矇', '眼前有黑影', '闪光'],
    en: ['vision', 'visual', 'blurred', 'blurry', 'eyesight', 'loss of sight', 'lost sight', "can't see", 'cannot see', 'see clearly', 'amaurosis', 'flashing light', 'floaters', 'curtain over']
  },
  {
    id: 'double-vision',
    kind: 'symptom',
    zh: ['复视', '重影', '看东西双影', '看成两个', '一个东西看成两个', '看东西有两个'],
    en: ['double vision', 'seeing double', 'see double', 'diplopia', 'two of everything']
  },
  {
    id: 'seizure',
    kind: 'symptom',
    zh: ['抽搐', '抽风', '抽起来', '癫痫发作', '羊角风', '惊厥', '口吐白沫', '四肢抽动', '全身抽', '手脚抽', '发作时抽', '咬舌', '咬破舌头', '咬到舌头', '舌头咬破'],
    en: ['seizure', 'convuls', 'epilep', 'had a fit', 'any fits', 'have fits', 'having fits', 'fitting', 'shaking episode', 'jerking', 'bit your tongue', 'bite your tongue', 'bitten your tongue', 'tongue biting', 'tongue bitten']
  },
  {
    id: 'confusion',
    kind: 'symptom',
    zh: ['意识不清', '意识模糊', '神志不清', '糊涂', '犯迷糊', '迷糊', '认不出人', '说胡话', '胡言乱语', '反应迟钝', '反应慢', '不认人'],
    en: ['confus', 'disorient', 'muddled', 'not making sense', 'delirium', 'delirious', 'altered mental', 'not with it', 'not himself', 'not herself', 'not yourself']
  },
  {
    id: 'drowsiness',
    kind: 'symptom',
    zh: ['嗜睡', '昏睡', '叫不醒', '昏迷', '犯困', '老想睡觉', '总想睡觉', '睡不醒', '白天困'],
    en: ['drows', 'sleepy', 'in a coma', 'comatose', 'unrousable', 'hard to wake', 'hard to rouse', 'sleeping more', 'sleep a lot']
  },
  {
    id: 'neck-stiffness',
    kind: 'symptom',
    zh: ['脖子硬', '脖子发硬', '脖子僵', '脖子僵硬', '颈部僵硬', '颈项强直', '颈强直', '低头困难', '不能低头', '脖子转不动'],
    en: ['stiff neck', 'neck stiff', 'neck is stiff', 'neck stiffness', 'bend your neck', 'chin to your chest', 'chin on your chest']
  },
  {
    id: 'neck-pain',
    kind: 'symptom',
    zh: ['脖子疼', '脖子痛', '颈部疼', '颈部痛', '颈痛', '颈椎疼', '颈椎痛', '后颈疼'],
    en: ['neck pain', 'pain in your neck', 'neck hurt', 'neck ache', 'sore neck', 'neck is sore']
  },
  {
    id: 'photophobia',
    kind: 'symptom',
    zh: ['怕光', '畏光', '见光难受', '光线刺眼', '不敢看光', '光刺眼', '怕亮', '见光'],
    en: ['photophob', 'light hurts', 'bright light', 'sensitive to light', 'sensitivity to light', 'light sensitiv', 'bothered by light', 'lights bother', 'light bother']
  },
  {
    id: 'phonophobia',
    kind: 'symptom',
    zh: ['怕吵', '怕声音', '怕噪音', '声音刺耳', '听不得声音'],
    en: ['phonophob', 'sensitive to noise', 'sensitive to sound', 'noise bother', 'bothered by noise', 'loud noises bother']
  },
  {
    id: 'tremor',
    kind: 'symptom',
    zh: ['手抖', '手发抖', '手颤', '发抖', '颤抖', '震颤', '抖动', '手哆嗦', '抖个不停'],
    en: ['tremor', 'trembl', 'shaky', 'shaking hands', 'hands shak', 'hand shak', 'hands trembl']
  },
  {
    id: 'unsteady-gait',
    kind: 'symptom',
    zh: ['走路不稳', '步态不稳', '走路摇晃', '走路打晃', '站不稳', '平衡差', '平衡不好', '走路像喝醉', '走路偏'],
    en: ['unsteady', 'balance', 'clumsy', 'ataxi', 'walking like you', 'stagger', 'off balance', 'veering']
  },
  {
    id: 'aura',
    kind: 'symptom',
    zh: ['先兆', '发作前有', '发作之前', '头痛前', '预感'],
    en: ['an aura', 'any aura', 'aura before', 'warning before', 'warning signs before', 'zigzag']
  },
  {
    id: 'memory-loss',
    kind: 'symptom',
    zh: ['记忆力下降', '记忆力减退', '记性差', '记性不好', '忘事', '健忘', '记不住', '丢三落四', '爱忘事'],
    en: ['memory', 'forgetful', 'forgetting things', 'forget things', 'losing things']
  },
  {
    id: 'smell-taste-loss',
    kind: 'symptom',
    zh: ['嗅觉减退', '嗅觉丧失', '闻不到', '闻不出', '味觉减退', '味觉丧失', '尝不出味', '吃东西没味'],
    en: ['sense of smell', 'loss of smell', 'lost your smell', "can't smell", 'cannot smell', 'anosmia', 'sense of taste', 'loss of taste', 'lost your taste', "can't taste", 'cannot taste']
  },

  // ─── Musculoskeletal ───────────────────────────────────────────────────
  {
    id: 'joint-pain',
    kind: 'symptom',
    zh: ['关节痛', '关节疼', '关节肿痛', '关节酸痛', '手指关节疼', '指关节疼', '手腕疼', '脚踝疼', '踝关节疼', '肘关节疼'],
    en: ['joint pain', 'joints hurt', 'joint hurt', 'joint ache', 'achy joints', 'aching joints', 'painful joint', 'sore joint', 'arthralg', 'wrist pain', 'ankle pain', 'elbow pain']
  },
  {
    id: 'joint-swelling',
    kind: 'symptom',
    zh: ['关节肿', '关节肿胀', '关节红肿', '手指肿', '膝盖肿', '膝关节肿', '脚踝红肿', '关节发红', '关节发烫'],
    en: ['swollen joint', 'joint swelling', 'joints swollen', 'joint swollen', 'swelling of your joint', 'swelling in your joint', 'swollen knee', 'knee swollen', 'swollen finger', 'hot joint']
  },
  {
    id: 'morning-stiffness',
    kind: 'symptom',
    zh: ['晨僵', '早上起来僵', '早上关节僵', '早上手僵', '关节僵硬', '僵硬多久', '起床时僵'],
    en: ['morning stiffness', 'stiff in the morning', 'stiffness in the morning', 'stiff first thing', 'joint stiff', 'stiff joint', 'joints stiff']
  },
  {
    id: 'back-pain',
    kind: 'symptom',
    zh: ['腰痛', '腰疼', '背痛', '背疼', '后背疼', '后背痛', '腰背痛', '腰背疼', '下腰痛', '腰酸', '腰酸背痛', '坐骨神经痛', '腰椎疼'],
    en: ['back pain', 'backache', 'back ache', 'pain in your back', 'back hurt', 'back is sore', 'sore back', 'lower back', 'lumbago', 'sciatica']
  },
  {
    id: 'shoulder-pain',
    kind: 'symptom',
    zh: ['肩膀疼', '肩膀痛', '肩痛', '肩疼', '肩部疼', '肩部痛', '肩周'],
    en: ['shoulder pain', 'pain in your shoulder', 'shoulder hurt', 'shoulder ache', 'sore shoulder', 'frozen shoulder', 'shoulder tip']
  },
  {
    id: 'knee-pain',
    kind: 'symptom',
    zh: ['膝盖疼', '膝盖痛', '膝关节疼', '膝关节痛', '腿弯疼'],
    en: ['knee pain', 'pain in your knee', 'knee hurt', 'knees hurt', 'sore knee', 'knee ache']
  },
  {
    id: 'hip-pain',
    kind: 'symptom',
    zh: ['髋关节疼', '髋关节痛', '髋部疼', '髋部痛', '胯疼', '胯骨疼', '大胯疼'],
    en: ['hip pain', 'pain in your hip', 'hip hurt', 'hips hurt', 'sore hip', 'hip ache']
  },
  {
    id: 'toe-pain',
    kind: 'symptom',
    zh: ['脚趾疼', '脚趾痛', '大脚趾', '大拇脚趾', '跖趾关节'],
    en: ['toe pain', 'big toe', 'toe hurt', 'toes hurt', 'sore toe', 'pain in your toe']
  },
  {
    id: 'muscle-pain',
    kind: 'symptom',
    zh: ['肌肉痛', '肌肉疼', '肌肉酸痛', '浑身酸痛', '全身酸痛', '浑身疼', '全身疼', '身上疼', '浑身痛'],
    en: ['muscle pain', 'muscle ache', 'muscles ache', 'aching muscles', 'muscles hurt', 'myalg', 'body ache', 'aching all over', 'achy', 'sore all over']
  },
  {
    id: 'muscle-cramps',
    kind: 'symptom',
    zh: ['抽筋', '腿抽筋', '小腿抽筋', '肌肉痉挛'],
    en: ['muscle cramp', 'leg cramp', 'cramps in your leg', 'calf cramp', 'cramp in your leg', 'cramp in your calf', 'muscle spasm']
  },

  // ─── Skin ──────────────────────────────────────────────────────────────
  {
    id: 'rash',
    kind: 'symptom',
    zh: ['皮疹', '疹子', '出疹', '起疹子', '红疹', '起红点', '红点', '起包', '风团', '荨麻疹', '红斑', '皮肤起东西', '身上起东西', '水疱', '水泡'],
    en: ['a rash', 'any rash', 'the rash', 'skin rash', 'rash on your', 'spots', 'hives', 'blotch', 'urticaria', 'blister', 'skin eruption', 'welts']
  },
  {
    id: 'itch',
    kind: 'symptom',
    zh: ['瘙痒', '发痒', '痒痒', '很痒', '皮肤痒', '身上痒', '痒不痒', '全身痒'],
    en: ['itchy', 'itchiness', 'any itching', 'been itching', 'itching all over', 'skin itching', 'prurit']
  },
  {
    id: 'bruising',
    kind: 'symptom',
    zh: ['淤青', '瘀青', '瘀斑', '淤斑', '青一块紫一块', '皮下出血', '出血点', '紫癜', '身上发青'],
    en: ['bruis', 'purpura', 'petechi', 'purple spots', 'purple patches']
  },
  {
    id: 'bleeding-tendency',
    kind: 'symptom',
    zh: ['容易出血', '出血不止', '血止不住', '牙龈出血', '刷牙出血', '刷牙流血', '伤口出血多'],
    en: ['bleed easily', 'bleeding easily', 'easy bleeding', 'bleeding gums', 'gums bleed', 'gum bleeding', 'bleed for a long time', "won't stop bleeding"]
  },
  {
    id: 'skin-darkening',
    kind: 'symptom',
    zh: ['皮肤变黑', '皮肤发黑', '皮肤颜色变深', '肤色变深', '色素沉着', '晒黑', '皮肤变暗', '牙龈发黑', '皱褶处发黑'],
    en: ['darker skin', 'skin darken', 'skin getting darker', 'skin has got darker', 'skin gone darker', 'skin is darker', 'pigment', 'tanned', 'suntan', 'dark patches']
  },
  {
    id: 'hair-loss',
    kind: 'symptom',
    zh: ['脱发', '掉头发', '头发掉', '头发变少', '头发稀疏', '斑秃'],
    en: ['hair loss', 'losing hair', 'losing your hair', 'hair falling out', 'hair thinning', 'thinning hair', 'bald', 'alopecia']
  },
  {
    id: 'excess-hair',
    kind: 'symptom',
    zh: ['多毛', '毛发增多', '体毛多', '长胡子', '汗毛重'],
    en: ['hirsut', 'excess hair', 'more hair', 'hair growth', 'facial hair']
  },
  {
    id: 'dry-skin',
    kind: 'symptom',
    zh: ['皮肤干燥', '皮肤干', '皮肤粗糙', '脱皮', '皮肤变粗'],
    en: ['dry skin', 'skin dry', 'skin is dry', 'rough skin', 'flaky skin', 'peeling skin']
  },
  {
    id: 'skin-ulcer',
    kind: 'symptom',
    zh: ['伤口不愈合', '伤口不好', '伤口长不好', '皮肤溃疡', '破溃', '溃烂', '伤口化脓'],
    en: ['skin ulcer', 'leg ulcer', 'foot ulcer', 'non-healing', "won't heal", 'not healing', 'wound', 'oozing']
  },
  {
    id: 'facial-swelling',
    kind: 'symptom',
    zh: ['脸肿', '面部肿', '面部水肿', '面部浮肿', '眼皮肿', '眼睑水肿', '眼睑浮肿', '嘴唇肿', '舌头肿', '脸浮肿'],
    en: ['facial swelling', 'face swollen', 'swollen face', 'swelling of your face', 'puffy face', 'puffy eyes', 'eyelid swelling', 'swollen eyelid', 'lips swollen', 'swollen lips', 'lip swelling', 'tongue swelling', 'swollen tongue', 'angioedema', 'angio-oedema']
  },

  // ─── Ear, nose, throat and eye ─────────────────────────────────────────
  {
    id: 'sore-throat',
    kind: 'symptom',
    zh: ['嗓子疼', '嗓子痛', '喉咙痛', '喉咙疼', '咽痛', '咽喉痛', '咽喉肿痛', '嗓子发炎', '扁桃体发炎', '嗓子不舒服'],
    en: ['sore throat', 'throat pain', 'throat hurt', 'throat is sore', 'painful throat', 'pharyngitis', 'tonsillitis', 'scratchy throat']
  },
  {
    id: 'hoarseness',
    kind: 'symptom',
    zh: ['声音嘶哑', '嗓子哑', '声音哑', '声嘶', '失声', '说不出声', '声音变了', '声音变粗'],
    en: ['hoarse', 'lost your voice', 'losing your voice', 'voice change', 'voice has changed', 'croaky', 'husky voice']
  },
  {
    id: 'runny-nose',
    kind: 'symptom',
    zh: ['流鼻涕', '流涕', '流清涕', '鼻涕', '流清水鼻涕', '打喷嚏', '喷嚏'],
    en: ['runny nose', 'running nose', 'nose running', 'nose is running', 'rhinorr', 'snotty', 'snot', 'sneez']
  },
  {
    id: 'blocked-nose',
    kind: 'symptom',
    zh: ['鼻塞', '鼻子不通', '鼻子堵', '鼻子不通气', '鼻子塞'],
    en: ['blocked nose', 'stuffy nose', 'stuffed up', 'nasal congestion', 'congested', 'nose blocked', 'bunged up']
  },
  {
    id: 'nosebleed',
    kind: 'symptom',
    zh: ['鼻出血', '流鼻血', '鼻子出血', '鼻子流血', '鼻衄'],
    en: ['nosebleed', 'nose bleed', 'nose bled', 'bleeding from your nose', 'bleeding nose', 'epistaxis']
  },
  {
    id: 'ear-pain',
    kind: 'symptom',
    zh: ['耳朵疼', '耳朵痛', '耳痛', '耳疼', '耳内疼', '耳朵里疼'],
    en: ['ear pain', 'earache', 'ear ache', 'ear hurt', 'ears hurt', 'sore ear', 'pain in your ear', 'otalg']
  },
  {
    id: 'ear-discharge',
    kind: 'symptom',
    zh: ['耳朵流脓', '耳朵流水', '耳朵流东西', '耳道流脓', '耳流脓', '耳漏'],
    en: ['ear discharge', 'discharge from your ear', 'discharge from the ear', 'ear leaking', 'leaking from your ear', 'otorrh', 'runny ear']
  },
  {
    id: 'hearing-loss',
    kind: 'symptom',
    zh: ['听力下降', '听力减退', '耳聋', '听不清', '听不见', '耳背', '听力不好'],
    en: ['your hearing', 'hearing loss', 'loss of hearing', 'hard of hearing', 'hearing ok', 'hearing okay', 'hearing changed', 'deaf', "can't hear", 'cannot hear']
  },
  {
    id: 'tinnitus',
    kind: 'symptom',
    zh: ['耳鸣', '耳朵响', '耳朵嗡嗡', '耳朵里有声音', '耳朵里响'],
    en: ['tinnitus', 'ringing in your ear', 'ringing in the ear', 'buzzing in your ear', 'noise in your ear']
  },
  {
    id: 'eye-bulging',
    kind: 'symptom',
    zh: ['眼球突出', '突眼', '眼睛突出', '眼睛鼓', '眼睛往外凸', '眼睛凸', '眼睛变大', '眼睛瞪着', '眼睛外突'],
    en: ['bulging eye', 'eyes bulging', 'eyes bulge', 'eye bulge', 'protruding eye', 'eyes protrud', 'eye protrud', 'proptosis', 'exophthalm', 'eyes sticking out', 'eyes look bigger', 'staring eyes', 'starey']
  },
  {
    id: 'gritty-eyes',
    kind: 'symptom',
    zh: ['眼睛干涩', '眼睛发涩', '眼睛涩', '眼睛磨', '眼里有沙子', '眼睛里有沙子', '眼睛有异物感', '眼睛干'],
    en: ['gritty', 'sandy eyes', 'something in your eye', 'dry eyes', 'eyes feel dry', 'eyes dry', 'eyes are dry']
  },
  {
    id: 'red-eye',
    kind: 'symptom',
    zh: ['眼睛红', '眼红', '红眼', '结膜充血', '眼睛充血', '眼睛发红'],
    en: ['red eye', 'eyes red', 'eye red', 'eyes are red', 'bloodshot', 'pink eye', 'eyes watering', 'watery eyes']
  },
  {
    id: 'eye-pain',
    kind: 'symptom',
    zh: ['眼睛疼', '眼睛痛', '眼痛', '眼球痛', '眼球疼', '眼眶疼', '眼眶痛'],
    en: ['eye pain', 'eye hurt', 'eyes hurt', 'painful eye', 'sore eye', 'pain in your eye', 'pain behind your eye']
  },
  {
    id: 'neck-swelling',
    kind: 'symptom',
    zh: ['脖子粗', '脖子变粗', '脖子肿', '颈部肿块', '颈部包块', '甲状腺肿', '甲状腺大', '大脖子'],
    en: ['goitre', 'goiter', 'neck swelling', 'swelling in your neck', 'swollen neck', 'neck swollen', 'neck lump', 'neck getting bigger', 'neck is bigger']
  },

  // ─── Psychiatric and endocrine ─────────────────────────────────────────
  {
    id: 'low-mood',
    kind: 'symptom',
    zh: ['情绪低落', '心情低落', '心情不好', '心情差', '高兴不起来', '开心不起来', '不开心', '郁闷', '抑郁', '没兴趣', '兴趣减退', '没意思', '想哭', '情绪不好', '情绪怎么样', '心情怎么样'],
    en: ['low mood', 'mood', 'depress', 'feel down', 'feeling down', 'felt down', 'sad', 'hopeless', 'lost interest', 'enjoy things', 'enjoy anything', 'tearful']
  },
  {
    id: 'anxiety',
    kind: 'symptom',
    zh: ['焦虑', '紧张', '心神不宁', '坐立不安', '恐慌', '惊恐', '不安', '压力大', '压力很大'],
    en: ['anxi', 'nervous', 'on edge', 'panic', 'stressed', 'under stress', 'a lot of stress', 'restless']
  },
  {
    id: 'irritability',
    kind: 'symptom',
    zh: ['烦躁', '易怒', '脾气大', '爱发脾气', '发脾气', '急躁', '容易生气', '脾气暴躁', '心烦', '易激惹'],
    en: ['irritab', 'short-tempered', 'short tempered', 'lose your temper', 'losing your temper', 'bad temper', 'snappy', 'agitat', 'easily annoyed', 'grumpy']
  },
  {
    id: 'insomnia',
    kind: 'symptom',
    zh: ['失眠', '睡不着', '睡不好', '入睡困难', '早醒', '睡眠不好', '睡眠差', '多梦', '易醒', '睡得不好', '半夜醒'],
    en: ['insomnia', "can't sleep", 'cannot sleep', 'trouble sleeping', 'difficulty sleeping', 'problems sleeping', 'poor sleep', 'sleeping badly', 'sleep badly', 'not sleeping', 'sleeping poorly', 'waking early', 'wake up early', 'get off to sleep']
  },
  {
    id: 'suicidal-thoughts',
    kind: 'symptom',
    zh: ['自杀', '不想活', '轻生', '伤害自己', '自残', '活着没意思', '想死', '结束生命'],
    en: ['suicid', 'end your life', 'ending your life', 'kill yourself', 'killing yourself', 'harm yourself', 'harming yourself', 'self-harm', 'self harm', 'hurt yourself', 'better off dead', 'life worth living']
  },
  {
    id: 'hallucinations',
    kind: 'symptom',
    zh: ['幻觉', '幻听', '幻视', '听到声音', '听见声音', '看到不存在', '看到别人看不到', '有人要害'],
    en: ['hallucinat', 'hearing voices', 'hear voices', 'seeing things', 'see things that', 'paranoi', 'out to get you']
  },
  {
    id: 'poor-concentration',
    kind: 'symptom',
    zh: ['注意力不集中', '注意力差', '注意力下降', '精力不集中', '不能集中', '集中不了'],
    en: ['concentrat', 'focus', 'attention span']
  },
  {
    id: 'low-libido',
    kind: 'symptom',
    zh: ['性欲下降', '性欲减退', '没有性欲', '性欲低', '对性没兴趣'],
    en: ['libido', 'sex drive', 'interest in sex']
  },
  {
    id: 'salt-craving',
    kind: 'symptom',
    zh: ['想吃咸', '爱吃咸', '特别想吃咸', '嗜盐', '口味变重'],
    en: ['crave salt', 'craving salt', 'salt craving', 'salty food', 'craving for salt']
  },

  // ─── Cues: questions pointing at kinds of history ───────────────────────
  {
    id: 'cue-chief-complaint',
    kind: 'cue',
    zh: ['哪里不舒服', '哪儿不舒服', '怎么不舒服', '什么不舒服', '怎么了', '是什么情况', '啥情况', '有什么问题', '有什么事', '来看什么', '为什么来', '什么原因来', '因为什么来', '主要是什么问题', '有什么可以帮', '今天来看', '有什么不舒服', '看病的原因', '来医院', '来就诊', '就诊的原因', '具体说', '详细说', '详细讲', '具体讲', '说说您的情况', '说说你的情况'],
    en: ['brings you', 'brought you', 'what seems to be', "what's wrong", 'what is wrong', 'whats wrong', "what's the problem", 'what is the problem', 'whats the problem', "what's the matter", 'what is the matter', 'how can i help', 'how can we help', 'what can i do for you', "what's been going on", 'what has been going on', 'what happened', 'tell me what happened', 'how are you feeling']
  },
  {
    id: 'cue-onset',
    kind: 'cue',
    zh: ['什么时候', '什么时间', '多久', '多长时间', '几天了', '几天', '几个月', '几年了', '多少天', '开始', '起病', '最早', '第一次', '突然', '慢慢', '逐渐'],
    en: ['when did', 'when was', 'when were', 'since when', 'when it first', 'when this first', 'how long', 'since', 'start', 'began', 'begin', 'first notice', 'first time', 'sudden', 'gradual', 'came on', 'come on'],
    categories: ['hpi-onset', 'hpi-course']
  },
  {
    id: 'cue-onset-circumstances',
    kind: 'cue',
    zh: ['当时在做什么', '当时在干什么', '当时在干嘛', '诱因', '起因', '怎么引起', '什么引起', '之前做了什么', '吃了什么不干净'],
    en: ['doing at the time', 'what were you doing', 'brought on by', 'what brought it on', 'set it off', 'happened just before'],
    categories: ['hpi-onset']
  },
  {
    id: 'cue-course',
    kind: 'cue',
    zh: ['有没有变化', '变化', '越来越', '好转', '进展', '之后怎么样', '后来怎么样', '比以前', '一直这样'],
    en: ['changed', 'getting worse', 'getting better', 'progress', 'since then', 'over time', 'stayed the same'],
    categories: ['hpi-course']
  },
  {
    id: 'cue-site',
    kind: 'cue',
    zh: ['哪里', '哪儿', '哪个部位', '什么部位', '什么位置', '部位', '位置', '哪个地方', '什么地方', '指一下', '指给我看', '哪边', '哪一侧'],
    en: ['where', 'which part', 'point to', 'location', 'show me', 'which side', 'site of'],
    categories: ['hpi-site']
  },
  {
    id: 'cue-character',
    kind: 'cue',
    zh: ['什么样', '怎么个疼法', '怎么疼', '怎样的疼', '什么感觉', '性质', '描述一下', '形容一下', '像什么', '刺痛', '针扎', '钝痛', '隐痛', '闷痛', '胀痛', '绞痛', '压榨', '烧灼', '跳痛', '撕裂', '颜色', '什么色'],
    en: ['feel like', 'colour', 'color', 'describe', 'what kind', 'what sort', 'what type', 'sharp', 'dull', 'stabbing', 'crushing', 'squeezing', 'burning', 'throbbing', 'cramping', 'colicky', 'tearing', 'aching pain', 'pressure-like', 'like pressure'],
    categories: ['hpi-character']
  },
  {
    id: 'cue-radiation',
    kind: 'cue',
    zh: ['放射', '传到', '串到', '窜到', '牵扯', '别的地方', '往哪里', '蔓延', '扩散到'],
    en: ['spread', 'radiate', 'radiating', 'move anywhere', 'go anywhere', 'anywhere else', 'goes to', 'travel to', 'shoot'],
    categories: ['hpi-radiation']
  },
  {
    id: 'cue-severity',
    kind: 'cue',
    zh: ['多严重', '严重吗', '严重不严重', '几分', '打分', '打几分', '程度', '厉害吗', '有多疼', '多疼', '能忍受', '忍得住', '受得了', '1到10', '一到十'],
    en: ['how bad', 'severity', 'severe', 'scale of', 'out of 10', 'out of ten', 'how painful', 'how much does it hurt', 'worst pain', 'bearable', 'how strong'],
    categories: ['hpi-severity']
  },
  {
    id: 'cue-timing',
    kind: 'cue',
    zh: ['一阵一阵', '一阵阵', '持续', '阵发', '间断', '一直', '经常', '总是', '每次', '多久一次', '多长时间一次', '一天几次', '频繁', '时好时坏', '白天还是晚上', '早上还是晚上', '什么时间段'],
    en: ['come and go', 'comes and goes', 'constant', 'continuous', 'intermittent', 'all the time', 'how often', 'how frequent', 'how many times', 'each time', 'episode', 'last for', 'does it last', 'time of day'],
    categories: ['hpi-timing']
  },
  {
    id: 'cue-modifying',
    kind: 'cue',
    zh: ['加重', '缓解', '好一点', '好一些', '减轻', '更厉害', '更疼', '舒服些', '舒服一点', '什么情况下', '怎么样会好', '什么会让', '休息后', '活动后', '体位', '姿势'],
    en: ['worse', 'better', 'relie', 'trigger', 'aggravat', 'makes it', 'brings it on', 'anything help', 'helps the pain', 'helped the pain', 'position', 'lying down', 'sitting forward'],
    categories: ['hpi-modifying']
  },
  {
    id: 'cue-associated',
    kind: 'cue',
    zh: ['还有什么不舒服', '还有哪里不舒服', '还有别的不舒服', '其他症状', '别的症状', '其他不舒服', '伴随', '伴有', '同时还有', '同时有没有', '一起出现', '还有别的吗'],
    en: ['anything else', 'other symptom', 'any other symptom', 'associated', 'along with', 'at the same time', 'accompan', 'together with'],
    categories: ['hpi-associated']
  },
  {
    id: 'cue-prior-episodes',
    kind: 'cue',
    zh: ['以前有过', '以前发生过', '以前有没有', '之前有过', '之前发生过', '类似', '发作过', '第一次吗', '老毛病', '以前也'],
    en: ['before', 'previously', 'happened before', 'previous episode', 'ever had', 'similar', 'like this before'],
    categories: ['hpi-course']
  },
  {
    id: 'cue-prior-care',
    kind: 'cue',
    zh: ['看过医生', '看过病', '看过吗', '吃过药', '用过药', '用过什么药', '检查过', '做过检查', '治疗', '去过医院', '就诊', '处理过', '诊所', '怎么处理'],
    en: ['seen a doctor', 'seen anyone', 'see a doctor', 'been to a doctor', 'been to hospital', 'tried anything', 'taken anything for', 'treatment', 'treated', 'any tests', 'had tests'],
    categories: ['hpi-prior-care']
  },
  {
    id: 'cue-general-state',
    kind: 'cue',
    zh: ['吃饭', '胃口', '食欲', '饮食', '睡觉', '睡眠', '大小便', '二便', '大便怎么样', '小便怎么样', '大便正常', '小便正常', '体重', '精神怎么样', '精神状态', '精神还好'],
    en: ['appetite', 'sleep', 'bowels', 'waterworks', 'weight', 'eating ok', 'eating well', 'eating normally', 'are you eating', 'your eating', 'eating and drinking', 'energy level', 'passing urine ok', 'passing urine normally'],
    categories: ['hpi-general']
  },
  {
    id: 'cue-review-of-systems',
    kind: 'cue',
    zh: ['系统回顾', '其他系统', '全身情况', '全身其他', '从头到脚', '其他部位', '身体其他方面'],
    en: ['review of systems', 'systems review', 'head to toe', 'any other problems', 'other health problems', 'general health', 'anything else going on'],
    categories: ['review-of-systems']
  },
  {
    id: 'cue-past-history',
    kind: 'cue',
    zh: ['以前得过什么病', '得过什么病', '以前得过', '有什么病', '既往', '病史', '慢性病', '基础病', '以前身体', '身体怎么样', '住过院', '高血压', '糖尿病', '冠心病', '心脏病', '哮喘', '肝炎', '结核', '传染病', '中风', '脑梗', '血脂高', '胆固醇', '肿瘤', '癌症', '化疗', '放疗'],
    en: ['past medical', 'medical history', 'any conditions', 'medical condition', 'health problems', 'illnesses', 'hospital before', 'been in hospital', 'admitted', 'hypertension', 'high blood pressure', 'diabet', 'asthma', 'heart disease', 'heart attack', 'stroke', 'tuberculosis', 'hepatitis', 'cholesterol', 'cancer', 'chemo', 'radiotherapy'],
    categories: ['past-history']
  },
  {
    id: 'cue-vaccination',
    kind: 'cue',
    zh: ['疫苗', '预防接种', '打过针', '接种'],
    en: ['vaccin', 'immunis', 'immuniz', 'jabs'],
    categories: ['past-history']
  },
  {
    id: 'cue-surgery',
    kind: 'cue',
    zh: ['手术', '开过刀', '开刀', '动过刀'],
    en: ['operation', 'surgery', 'surgical', 'operated'],
    categories: ['surgery']
  },
  {
    id: 'cue-trauma-transfusion',
    kind: 'cue',
    zh: ['外伤', '受过伤', '受伤', '骨折过', '车祸', '输过血', '输血'],
    en: ['injur', 'accident', 'broken bone', 'fracture', 'transfusion'],
    categories: ['surgery', 'past-history']
  },
  {
    id: 'cue-medication',
    kind: 'cue',
    zh: ['吃什么药', '用什么药', '用药', '服药', '长期服药', '长期吃', '药物', '吃药', '在吃的药', '保健品', '中药', '胰岛素', '打针', '吸入剂', '止痛药'],
    en: ['medication', 'medicine', 'pills', 'tablets', 'prescri', 'over the counter', 'supplement', 'herbal', 'inhaler', 'insulin', 'painkiller', 'take regularly', 'taking anything', 'any drugs'],
    categories: ['medication']
  },
  {
    id: 'cue-allergy',
    kind: 'cue',
    zh: ['过敏', '过敏史', '对什么过敏', '药物过敏', '药过敏', '食物过敏'],
    en: ['allerg', 'drug allerg', 'react badly', 'reaction to'],
    categories: ['allergy']
  },
  {
    id: 'cue-smoking',
    kind: 'cue',
    zh: ['抽烟', '吸烟', '香烟', '烟龄', '戒烟', '二手烟', '抽几根', '几包', '电子烟'],
    en: ['smok', 'cigarette', 'tobacco', 'vape', 'vaping', 'pack year', 'packs a day'],
    categories: ['social']
  },
  {
    id: 'cue-alcohol',
    kind: 'cue',
    zh: ['喝酒', '饮酒', '酒量', '白酒', '啤酒', '红酒', '喝多少酒', '戒酒'],
    en: ['alcohol', 'do you drink', 'you drink much', 'how much do you drink', 'drinker', 'beer', 'wine', 'spirits', 'booze', 'units a week', 'units per week'],
    categories: ['social']
  },
  {
    id: 'cue-recreational-drugs',
    kind: 'cue',
    zh: ['吸毒', '毒品', '违禁药', '大麻', '冰毒', '摇头丸'],
    en: ['recreational', 'illicit', 'street drug', 'cannabis', 'cocaine', 'heroin', 'inject drugs', 'drug use'],
    categories: ['social']
  },
  {
    id: 'cue-occupation',
    kind: 'cue',
    zh: ['工作', '职业', '干什么的', '做什么的', '做什么工作', '上班', '退休', '干活'],
    en: ['job', 'occupation', 'profession', 'your work', 'at work', 'for work', 'what do you do', 'retired', 'employ', 'for a living'],
    categories: ['social']
  },
  {
    id: 'cue-living-situation',
    kind: 'cue',
    zh: ['住在', '住哪', '和谁住', '跟谁住', '一个人住', '独居', '家里几口人', '住房', '谁照顾'],
    en: ['live with', 'live alone', 'living alone', 'living with', 'living situation', 'who lives', 'home situation', 'housing', 'at home', 'look after you', 'carer'],
    categories: ['social']
  },
  {
    id: 'cue-travel',
    kind: 'cue',
    zh: ['旅行', '旅游', '出差', '出过国', '出国', '去过哪里', '外出', '出远门', '外地'],
    en: ['travelled', 'traveled', 'been travelling', 'been traveling', 'recent travel', 'any travel', 'abroad', 'overseas', 'holiday', 'been away', 'long flight', 'long journey'],
    categories: ['social']
  },
  {
    id: 'cue-exercise',
    kind: 'cue',
    zh: ['运动', '锻炼', '活动量', '健身'],
    en: ['exercise', 'sports', 'play sport', 'do sport', 'physically active', 'keep fit', 'gym'],
    categories: ['social']
  },
  {
    id: 'cue-diet',
    kind: 'cue',
    zh: ['饮食习惯', '口味', '吃得咸', '吃得油', '爱吃', '平时吃什么', '吃素', '生冷'],
    en: ['diet', 'eat healthily', 'what do you eat', 'typical day of eating', 'vegetarian', 'vegan'],
    categories: ['social']
  },
  {
    id: 'cue-sexual-history',
    kind: 'cue',
    zh: ['性生活', '性伴侣', '同房', '冶游史', '不洁性', '安全套', '避孕套'],
    en: ['sexual', 'sexually active', 'partner', 'condom', 'unprotected sex'],
    categories: ['social']
  },
  {
    id: 'cue-exposures',
    kind: 'cue',
    zh: ['接触过', '接触史', '周围有人', '身边有人', '同事也', '家里有人也', '宠物', '养鸟', '养猫', '养狗', '粉尘', '石棉', '吃了什么'],
    en: ['contact with', 'anyone else unwell', 'anyone else ill', 'anyone else sick', 'sick contact', 'ill contact', 'any pets', 'have pets', 'pets at home', 'animals', 'birds', 'asbestos', 'dusty', 'exposed to dust', 'fumes', 'chemicals', 'eaten anything', 'eat anything unusual'],
    categories: ['social']
  },
  {
    id: 'cue-daily-function',
    kind: 'cue',
    zh: ['影响生活', '影响工作', '影响睡眠', '生活自理', '日常生活', '能自理', '对您的影响', '对你的影响'],
    en: ['affecting your', 'affected your', 'daily life', 'day-to-day', 'day to day', 'manage at home', 'cope at home', 'impact on'],
    categories: ['social', 'ice-concerns']
  },
  {
    id: 'cue-family',
    kind: 'cue',
    zh: ['家里人', '家族', '父母', '家人', '亲属', '亲戚', '爸爸', '妈妈', '父亲', '母亲', '兄弟姐妹', '兄弟', '姐妹', '直系亲属', '遗传'],
    en: ['family', 'parents', 'runs in', 'your mother', 'mother or', 'mother had', 'mother has', 'father', 'your mum', 'your mom', 'your dad', 'siblings', 'brother', 'sister', 'relatives', 'inherit', 'hereditary', 'genetic'],
    categories: ['family']
  },
  {
    id: 'cue-menstrual',
    kind: 'cue',
    zh: ['月经', '例假', '大姨妈', '末次月经', '经期', '绝经'],
    en: ['period', 'menstrua', 'lmp', 'menopaus', 'your cycle', 'cycle length'],
    categories: ['menstrual-reproductive']
  },
  {
    id: 'cue-pregnancy-contraception',
    kind: 'cue',
    zh: ['怀孕', '怀过孕', '有没有可能怀孕', '生育', '生过孩子', '几个孩子', '孩子', '流产', '避孕', '备孕', '怀上'],
    en: ['pregnan', 'contracepti', 'the pill', 'coil', 'iud', 'children', 'miscarri', 'termination', 'trying for a baby', 'gave birth', 'caesarean', 'c-section', 'deliveries'],
    categories: ['menstrual-reproductive']
  },
  {
    id: 'cue-marital',
    kind: 'cue',
    zh: ['结婚', '婚育', '已婚', '未婚', '爱人', '配偶', '丈夫', '妻子', '老公', '老婆'],
    en: ['married', 'husband', 'wife', 'spouse'],
    categories: ['menstrual-reproductive']
  },
  {
    id: 'cue-ice-ideas',
    kind: 'cue',
    zh: ['您觉得是什么原因', '你觉得是什么原因', '您觉得是什么', '你觉得是什么', '您认为', '你认为', '觉得是怎么回事', '认为是怎么回事', '自己觉得', '您怎么看', '你怎么看', '您怎么想', '你怎么想', '有什么想法'],
    en: ['what do you think', 'your thoughts', 'any ideas', 'any idea what', 'think is causing', 'think might be', 'think it might be', 'think it is', 'think is going on', 'think it could be'],
    categories: ['ice-ideas']
  },
  {
    id: 'cue-ice-concerns',
    kind: 'cue',
    zh: ['担心', '顾虑', '害怕', '怕是', '忧虑', '最担心', '不放心'],
    en: ['worried', 'worry', 'worries', 'concern', 'afraid', 'scared', 'fear', 'anxious about'],
    categories: ['ice-concerns']
  },
  {
    id: 'cue-ice-expectations',
    kind: 'cue',
    zh: ['希望', '期望', '期待', '想要', '想让我', '想让我们', '需要我们做什么', '想得到什么', '打算'],
    en: ['hoping', 'you hope', 'expect', 'want from', 'want us to', 'like us to', 'what would you like', 'get out of today', 'looking for today'],
    categories: ['ice-expectations']
  },

  // ─── Findings: details that belong to a symptom ─────────────────────────
  {
    id: 'left-side',
    kind: 'finding',
    zh: ['左边', '左侧', '左面', '靠左', '左半边', '左手', '左胳膊', '左臂', '左腿', '左脚', '左肩', '左胸', '左眼', '左耳', '左上', '左下', '左腰'],
    en: ['left side', 'left-sided', 'left sided', 'on the left', 'left arm', 'left hand', 'left leg', 'left foot', 'left shoulder', 'left chest', 'left eye', 'left ear', 'left upper', 'left lower']
  },
  {
    id: 'right-side',
    kind: 'finding',
    zh: ['右边', '右侧', '右面', '靠右', '右半边', '右手', '右胳膊', '右臂', '右腿', '右脚', '右肩', '右胸', '右眼', '右耳', '右上', '右下', '右腰'],
    en: ['right side', 'right-sided', 'right sided', 'on the right', 'right arm', 'right hand', 'right leg', 'right foot', 'right shoulder', 'right chest', 'right eye', 'right ear', 'right upper', 'right lower']
  },
  {
    id: 'both-sides',
    kind: 'finding',
    zh: ['两侧', '双侧', '两边', '双腿', '两条腿', '双手', '两只手', '双眼', '两只眼', '对称'],
    en: ['both sides', 'bilateral', 'both legs', 'both arms', 'both hands', 'both feet', 'both eyes', 'both ears', 'symmetric']
  },
  {
    id: 'central',
    kind: 'finding',
    zh: ['正中', '中间', '中央', '胸骨后', '正中间'],
    en: ['middle', 'central', 'centre', 'center', 'behind the breastbone', 'behind your breastbone']
  },
  {
    id: 'colour-red',
    kind: 'finding',
    zh: ['红色', '鲜红', '暗红', '粉红', '发红', '血红'],
    en: ['bright red', 'dark red', 'reddish', 'red colour', 'red color', 'red-coloured', 'red-colored', 'pink', 'fresh blood']
  },
  {
    id: 'colour-black',
    kind: 'finding',
    zh: ['黑色', '发黑', '黑乎乎', '乌黑', '黑的'],
    en: ['black']
  },
  {
    id: 'colour-yellow',
    kind: 'finding',
    zh: ['黄色', '发黄', '黄黄的', '黄绿'],
    en: ['yellow']
  },
  {
    id: 'colour-green',
    kind: 'finding',
    zh: ['绿色', '发绿', '绿痰', '黄绿色'],
    en: ['green']
  },
  {
    id: 'colour-white',
    kind: 'finding',
    zh: ['白色', '白痰', '乳白', '灰白'],
    en: ['white', 'milky']
  },
  {
    id: 'colour-clear',
    kind: 'finding',
    zh: ['透明', '清亮', '清水样', '无色', '清稀'],
    en: ['clear fluid', 'clear or', 'colourless', 'colorless', 'see-through', 'see through', 'clear sputum', 'clear discharge', 'clear urine']
  },
  {
    id: 'colour-dark',
    kind: 'finding',
    zh: ['深色', '茶色', '浓茶', '酱油色', '褐色', '棕色', '咖啡色', '颜色深', '颜色很深', '可乐色'],
    en: ['dark urine', 'dark colour', 'dark color', 'brown', 'tea-coloured', 'tea-colored', 'tea coloured', 'tea colored', 'cola-coloured', 'cola-colored', 'cola coloured', 'like cola', 'darker than usual']
  },
  {
    id: 'colour-pale-stool',
    kind: 'finding',
    zh: ['陶土色', '白陶土', '灰白色大便', '大便发白', '大便颜色变浅', '大便颜色浅'],
    en: ['pale stool', 'pale poo', 'clay', 'putty', 'light-coloured stool', 'light coloured stool', 'light colored stool', 'stools pale', 'stool pale']
  },
  {
    id: 'frothy',
    kind: 'finding',
    zh: ['泡沫', '起泡', '泡泡'],
    en: ['froth', 'foam', 'bubbl']
  },
  {
    id: 'cloudy',
    kind: 'finding',
    zh: ['浑浊', '混浊', '发浑'],
    en: ['cloudy', 'murky', 'turbid']
  },
  {
    id: 'foul-smelling',
    kind: 'finding',
    zh: ['异味', '难闻', '发臭', '很臭', '有臭味', '腥臭', '恶臭', '味道大', '气味'],
    en: ['smelly', 'smells bad', 'smell bad', 'foul', 'offensive smell', 'odour', 'odor', 'strong smell', 'unusual smell']
  },
  {
    id: 'blood-streaked',
    kind: 'finding',
    zh: ['血丝', '带血丝', '血迹', '带血'],
    en: ['streak', 'specks of blood', 'flecks of blood', 'tinged with blood', 'blood-tinged', 'blood tinged']
  },
  {
    id: 'watery',
    kind: 'finding',
    zh: ['水样', '稀水', '像水一样', '稀的'],
    en: ['watery', 'like water']
  },

  // ─── Conversation moves ────────────────────────────────────────────────
  {
    id: 'greeting-hello',
    kind: 'greeting',
    zh: ['你好', '您好', '早上好', '下午好', '晚上好', '上午好'],
    en: ['hello', 'hi ', 'hi,', 'hi!', 'hi.', 'hi there', 'good morning', 'good afternoon', 'good evening', 'nice to meet you']
  },
  {
    id: 'greeting-introduction',
    kind: 'greeting',
    zh: ['我是', '我叫', '医生', '大夫', '实习医生', '医学生', '接诊医生', '值班医生'],
    en: ['my name is', "i'm dr", 'i’m dr', 'i am dr', "i'm the doctor", 'i’m the doctor', 'i am the doctor', "i'm one of the doctors", 'i am one of the doctors', 'medical student', "i'm a student", 'i am a student']
  },
  {
    id: 'greeting-identity',
    kind: 'greeting',
    zh: ['叫什么名字', '您的名字', '你的名字', '怎么称呼', '核对一下', '出生日期', '多大年纪', '多大了', '今年几岁'],
    en: ['your name', 'confirm your name', 'date of birth', 'what should i call you', 'how old are you', 'your age']
  },
  {
    id: 'greeting-consent',
    kind: 'greeting',
    zh: ['问您几个问题', '问你几个问题', '可以问您', '可以问你', '了解一下情况', '给您做个检查', '给你做个检查'],
    en: ['is it ok if i', 'is it okay if i', 'would it be ok', 'would it be okay', 'do you mind if i', 'ask you some questions', 'ask you a few questions']
  },
  {
    id: 'closing-anything-else',
    kind: 'closing',
    zh: ['还有别的想说', '还有什么想说', '还有什么要补充', '还有别的要补充', '还有什么想告诉', '还有其他想说', '还有其他要补充', '最后问一下', '最后一个问题', '最后还有'],
    en: ['anything else you would like', "anything else you'd like", 'anything else you’d like', 'is there anything else', "anything else i should know", 'anything else we should', 'anything we haven’t covered', "anything we haven't covered"]
  },
  {
    id: 'closing-questions',
    kind: 'closing',
    zh: ['还有什么问题', '有什么问题吗', '有什么疑问', '有什么想问', '还有问题吗', '还有疑问'],
    en: ['any questions', 'questions for me', 'anything you want to ask', 'anything you would like to ask', "anything you'd like to ask", 'anything you’d like to ask']
  },
  {
    id: 'closing-summary',
    kind: 'closing',
    zh: ['总结一下', '我总结', '我复述', '概括一下', '我理解的是', '接下来我们', '接下来会', '下一步'],
    en: ['to summarise', 'to summarize', 'summarise', 'summarize', 'to recap', 'just to check i have', 'next step', 'what happens next', "we'll do some tests", 'we will do some tests']
  },
  {
    id: 'closing-thanks',
    kind: 'closing',
    zh: ['谢谢', '感谢', '辛苦了', '今天就到这里', '先到这里', '就到这儿'],
    en: ['thank you', 'thanks', 'that is all for now', "that's all for now", 'take care']
  }
]
