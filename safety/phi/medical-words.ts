// Words a patient may capitalise that are clinical, not people: body parts, symptoms, conditions,
// departments and roles, tests, and common drugs (generic and brand). A name run stops at them and
// a name followed by one is an eponym ("Hashimoto thyroiditis", "Barrett oesophagus").

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const MEDICAL_WORDS = words(`
  head neck chest heart lung lungs liver kidney kidneys stomach tummy belly bowel bowels colon
  brain spine back knee knees hip hips ankle ankles foot feet hand hands arm arms leg legs shoulder
  shoulders elbow wrist finger fingers thumb toe toes eye eyes ear ears nose throat mouth tooth
  teeth gum gums skin breast breasts nipple bladder prostate uterus womb ovary ovaries cervix
  vagina penis testicle testicles thyroid pancreas gallbladder appendix artery arteries vein veins
  blood bone bones joint joints muscle muscles nerve nerves abdomen pelvis rib ribs jaw tongue lip
  lips scalp face forehead groin thigh calf heel sinus sinuses tonsils adenoids spleen oesophagus
  esophagus retina cornea lens pupil eyelid rectum anus urethra lymph gland glands hormone hormones
  pain ache aches aching headache headaches migraine migraines fever temperature cough cold colds
  flu rash rashes itch itching itchy nausea vomiting sickness diarrhoea diarrhea constipation
  factor nevus naevus spina bifida glucose sugar sodium potassium radon medicare medicaid
  paralysis loss vision hearing memory balance sleep weight appetite mood
  fatigue tiredness dizziness vertigo bleeding bleed swelling swollen bruise bruising cramp cramps
  numbness tingling weakness palpitations breathlessness wheeze wheezing sore lump lumps blister
  blisters spots spot boil discharge spotting period periods tremor tremors seizure seizures fit
  fits faint fainting collapse chills sweats sweating insomnia
  diabetes diabetic asthma asthmatic cancer tumour tumor arthritis osteoarthritis hypertension
  hypotension stroke angina epilepsy dementia depression anxiety psoriasis eczema acne lupus gout
  shingles measles mumps rubella chickenpox covid coronavirus influenza pneumonia bronchitis
  tuberculosis hepatitis hiv aids herpes chlamydia gonorrhoea gonorrhea syphilis thrush cystitis
  uti sepsis anaemia anemia leukaemia leukemia lymphoma melanoma myeloma sarcoma carcinoma
  glaucoma cataract cataracts scoliosis sciatica fibromyalgia endometriosis pcos ibs ibd colitis
  celiac coeliac gluten lactose allergy allergies allergic hayfever obesity cholesterol heartburn
  reflux gerd ulcer ulcers hernia haemorrhoids hemorrhoids piles autism autistic adhd ocd ptsd
  bipolar schizophrenia psychosis anorexia bulimia syndrome disease disorder deficiency infection
  infections injury fracture fractures concussion sprain strain palsy sclerosis dystrophy
  neuropathy neuralgia tinnitus conjunctivitis tonsillitis meningitis appendicitis diverticulitis
  gastritis gastroenteritis pancreatitis hypothyroidism hyperthyroidism thyroiditis
  osteoporosis atrial fibrillation afib copd emphysema cystic fibrosis mrsa norovirus rsv strep
  crohns parkinsons alzheimers addisons hashimotos cushings raynauds aspergers tourettes sjogrens
  menieres huntingtons hodgkins graves downs congenital hereditary familial chronic acute benign
  malignant positive negative pregnant pregnancy miscarriage labour labor contractions
  menopause menstrual postnatal antenatal prenatal gestational
  cardiology oncology radiology neurology orthopaedics orthopedics paediatrics pediatrics
  dermatology gastroenterology urology gynaecology gynecology obstetrics maternity physiotherapy
  physio psychiatry psychology rheumatology endocrinology haematology hematology nephrology
  ophthalmology optometry audiology podiatry phlebotomy pathology pharmacy outpatients outpatient
  inpatient triage reception admissions theatre theatres recovery icu hdu ccu nicu picu ent
  radiotherapy chemotherapy chemo dialysis immunotherapy physician surgeon anaesthetist
  anesthesiologist midwife paramedic ambulance optician dentist dental health visitor
  cardiologist oncologist neurologist dermatologist urologist gynaecologist psychiatrist
  psychologist endocrinologist rheumatologist pharmacist practitioner registrar
  mri ct scan scans xray x-ray ray ultrasound ecg ekg eeg echo biopsy endoscopy colonoscopy
  mammogram smear pap bloods test tests results urine stool vaccine vaccines vaccination booster
  jab injection injections infusion transplant operation stitches cast splint inhaler inhalers
  tablet tablets pill pills capsule capsules dose doses prescription prescriptions cream ointment
  drops spray patch
  paracetamol acetaminophen ibuprofen aspirin naproxen codeine tramadol morphine oxycodone
  hydrocodone fentanyl gabapentin pregabalin amitriptyline sertraline fluoxetine citalopram
  escitalopram paroxetine venlafaxine duloxetine mirtazapine bupropion trazodone quetiapine
  olanzapine risperidone aripiprazole lithium lamotrigine levetiracetam valproate carbamazepine
  phenytoin topiramate diazepam lorazepam alprazolam clonazepam zopiclone zolpidem melatonin
  metformin gliclazide sitagliptin empagliflozin dapagliflozin insulin semaglutide liraglutide
  tirzepatide ozempic wegovy mounjaro trulicity victoza januvia jardiance farxiga lantus humalog
  novorapid levothyroxine thyroxine synthroid atorvastatin simvastatin rosuvastatin pravastatin
  lipitor crestor zocor amlodipine lisinopril ramipril enalapril losartan valsartan candesartan
  bisoprolol metoprolol atenolol propranolol carvedilol furosemide bumetanide spironolactone
  hydrochlorothiazide indapamide bendroflumethiazide warfarin coumadin apixaban rivaroxaban
  dabigatran edoxaban eliquis xarelto clopidogrel plavix heparin digoxin nitroglycerin gtn
  omeprazole lansoprazole pantoprazole esomeprazole ranitidine famotidine nexium prilosec gaviscon
  rennie antacid loperamide imodium senna lactulose laxative prednisone prednisolone
  hydrocortisone dexamethasone methotrexate hydroxychloroquine sulfasalazine adalimumab humira
  infliximab etanercept enbrel rituximab keytruda amoxicillin penicillin augmentin azithromycin
  clarithromycin erythromycin doxycycline ciprofloxacin levofloxacin nitrofurantoin trimethoprim
  cephalexin cefalexin metronidazole clindamycin flucloxacillin fluconazole clotrimazole
  acyclovir aciclovir valacyclovir oseltamivir tamiflu paxlovid salbutamol albuterol ventolin
  seretide symbicort fostair montelukast singulair budesonide fluticasone beclometasone
  cetirizine loratadine fexofenadine zyrtec claritin allegra benadryl diphenhydramine hydroxyzine
  chlorphenamine piriton sudafed pseudoephedrine tylenol advil motrin aleve panadol nurofen calpol
  excedrin xanax valium ativan klonopin ambien zoloft prozac lexapro celexa paxil effexor
  cymbalta wellbutrin seroquel abilify adderall ritalin concerta methylphenidate
  lisdexamfetamine vyvanse elvanse viagra sildenafil tadalafil cialis finasteride tamsulosin
  flomax estradiol estrogen oestrogen progesterone testosterone contraceptive microgynon depo
  implant coil iud mirena nexplanon epipen adrenaline epinephrine naloxone narcan suboxone
  methadone buprenorphine nicotine champix varenicline vitamin iron folic folate calcium
  magnesium zinc omega probiotic probiotics botox zinc antibiotic antibiotics antihistamine
  steroid steroids statin statins diuretic antidepressant antidepressants painkiller painkillers
  ozempic saxenda orlistat xenical accutane roaccutane isotretinoin tretinoin retinol
`);

// Clinical word endings (-itis, -oma, -ectomy) and drug stems (-mab, -pril, -statin, -azole).
export const MEDICAL_SUFFIX =
  /(?:itis|osis|oma|omas|emia|aemia|pathy|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|algia|trophy|plasia|uria|megaly|penia|phobia|rrhea|rrhoea|ology|ologist|iatrics|iatry|iatrist|mab|nib|pril|sartan|olol|statin|azole|cillin|mycin|cycline|floxacin|vir|gliptin|gliflozin|dipine|prazole|tidine|triptan|setron|oxetine|azepam|zolam|caine|olone|parin|xaban|gatran|afil|dronate|lukast|terol|tropium|profen|fenac|coxib|codone|morphone|glutide|amine|idine|azine|oxacin|ectomies)$/;

// Conditions named after people. Alone ("I have Hashimoto") or possessive ("Crohn's") they are the
// condition; beside a given name or after "Dr" they are a person again.
export const EPONYM_CONDITIONS = words(`
  crohn parkinson addison hashimoto alzheimer huntington hodgkin cushing raynaud asperger tourette
  sjogren meniere paget behcet kawasaki marfan klinefelter duchenne peyronie dupuytren gaucher fabry
  pompe wernicke korsakoff kaposi ewing wilms burkitt hirschsprung munchausen reye guillain barre
  apgar heimlich lyme osgood schlatter bartholin fallot tay sachs
`);

// Surnames that name a condition only in the possessive: "Graves'", "Bell's palsy", "Wilson's".
export const POSSESSIVE_EPONYMS = words(`
  graves bell down barrett wilson turner still baker morton colles hunter conn bright stevens
  epstein achilles cushing
`);

export function isMedicalWord(key: string): boolean {
  return MEDICAL_WORDS.has(key) || (key.length >= 6 && MEDICAL_SUFFIX.test(key));
}
