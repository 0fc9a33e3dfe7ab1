/**
 * The sources behind every clinical claim, from ../shared/clinical/FACTS.md. Ids are exactly the
 * fact sheet's bracketed ids ('1', '55', 'P1', ...); the gaps in the numbering are the fact sheet's.
 *
 * `citation` is what the fact sheet gives (site, identifier or journal), written out; a title is
 * added only where it was checked. `topic` says what this app cites the source for, so a reader
 * can tell why it is here without opening it. Both are bibliographic and not translated.
 */
interface Source {
  readonly citation: string
  readonly topic: string
}

export const SOURCES = {
  '1': { citation: 'Hutaif Orthopedic, hutaif-orthopedic.com/2041-en', topic: 'BHR implant: fixation, materials, cup sizes, dysplasia cups' },
  '2': { citation: 'Hutaif Orthopedic, hutaif-orthopedic.com/1723-en', topic: 'Hybrid fixation; femoral bone preserved' },
  '3': { citation: 'Hutaif Ortho, hutaifortho.com/page/1756/?lang=en', topic: 'Posterior approach: position, incision, muscles, sciatic nerve, dislocation' },
  '4': { citation: 'Journal of Practical Orthopaedic Cases image library, online-elib.jp/jpoc (DiseaseID 21388, image ID3626)', topic: 'Posterior dislocation by flexion, adduction and internal rotation' },
  '5': { citation: 'PubMed Central PMC2504647', topic: 'Approaches used for resurfacing' },
  '6': { citation: 'Springer book chapter, doi 10.1007/978-0-387-76608-9_23', topic: 'Exposure for resurfacing' },
  '7': { citation: 'minimalinvasivehip.com/hip-surgery-resurfac.html', topic: 'Exposure, incision length claims, moving the head aside' },
  '8': { citation: 'Royal Orthopaedic Hospital NHS Trust, Birmingham Hip Resurfacing, roh.nhs.uk', topic: 'Incision often longer than for a THR' },
  '10': { citation: 'PubMed Central PMC3094629', topic: 'Approaches; hospital stay' },
  '11': { citation: 'Surgical technique: metal-on-metal hip resurfacing, musculoskeletalkey.com', topic: 'Acetabulum prepared before the femur is finished' },
  '12': { citation: 'J Bone Joint Surg, jbjs.org article 28899', topic: 'Valgus guide pin, about 140 degrees to the shaft' },
  '13': { citation: 'Orthobullets evidence summary 17589356', topic: 'Relative valgus and fracture load in cadavers' },
  '14': { citation: 'PubMed Central PMC2899084', topic: 'Implant-shaft angle below 130 degrees and exposed superior neck to avoid' },
  '15': { citation: 'PubMed 15795193', topic: 'Femoral neck fracture: rate, timing, notching and varus' },
  '16': { citation: 'J Bone Joint Surg, jbjs.org article 6110', topic: 'Neck fracture after notching or varus placement' },
  '17': { citation: 'Bone & Joint, cement viscosity in resurfacing', topic: 'Low-viscosity cement for the cap' },
  '18': { citation: 'hipresurfacingsite.com, "Hip resurfacing: to cement or not to cement"', topic: 'Cementing the cap; femoral milling' },
  '19': { citation: 'PubMed Central PMC2600983', topic: 'Listed in the fact sheet with no claim attached' },
  '20': { citation: 'Cement technique changes improved hip resurfacing results, biomedsearch.com article 247449427', topic: 'Conserve Plus 1 mm cement mantle; fixation holes' },
  '22': { citation: 'Clin Orthop Relat Res, doi 10.1007/s11999-012-2665-0', topic: 'Under-reaming by 1 mm versus 2 mm' },
  '23': { citation: 'scirp.org paper 140480', topic: 'Lewinnek safe zone and its limits' },
  '24': { citation: 'PubMed Central PMC3462852', topic: 'Edge loading and pseudotumour' },
  '25': { citation: 'Bone Joint Res, doi 10.1302/2046-3758.14.2000019', topic: 'Edge loading' },
  '26': { citation: 'D. McMinn, quoted at hipresurfacingsite.com', topic: 'Steep cup and early metal-on-metal failure' },
  '27': { citation: 'Annals of Joint, aoj.amegroups.org article 5406', topic: 'Learning curve' },
  '28': { citation: 'Clin Orthop Relat Res, learning curve of the first 650 hip resurfacings, PubMed Central PMC2807001', topic: 'Learning curve for positioning: 75-100 cases' },
  '29': { citation: 'PubMed 18949528', topic: 'Complications: dislocation, nerve injury' },
  '30': { citation: 'Imperial College London MSk Lab, H1 hip resurfacing trial, imperial.ac.uk', topic: 'Ceramic, cementless H1 design' },
  '32': { citation: 'Annals of Joint, aoj.amegroups.com article 5613', topic: 'Ceramic resurfacing (ReCerf)' },
  '33': { citation: 'Therapeutic Goods Administration recall RC-2015-RN-00493-1', topic: 'BHR head and cup size pairs' },
  '34': { citation: 'UK MHRA, metal-on-metal hip implant guidance (2015), gov.uk', topic: 'No BHR in women or with heads of 46 mm or less' },
  '35': { citation: 'Therapeutic Goods Administration, tga.gov.au/node/284067', topic: 'Australian registry revision rates for the BHR' },
  '36': { citation: 'Naal et al., Does hip resurfacing require larger acetabular cups than conventional THA? Clin Orthop Relat Res 2009, PubMed Central PMC2650072', topic: 'Larger cups with resurfacing' },
  '37': { citation: 'Patel et al., Hip resurfacing arthroplasty at a non-specialist centre. Ann R Coll Surg Engl 2014, PubMed Central PMC5137647', topic: 'Head and cup sizes used' },
  '39': { citation: 'FDA approval of the Birmingham Hip Resurfacing, reported by WebMD, 11 May 2006', topic: 'Two components; contraindications' },
  '41': { citation: 'NICE technology appraisal TA44', topic: 'Who resurfacing is an option for' },
  '43': { citation: 'NICE technology appraisal TA304', topic: 'Benchmark: revision in 5% or fewer at 10 years' },
  '44': { citation: 'UK National Joint Registry analysis, PubMed 23036895', topic: 'Five-year revision rates, resurfacing and cemented THR' },
  '48': { citation: 'Oxford pseudotumour series, J Bone Joint Surg Br, doi 10.1302/0301-620X.91B12.22287', topic: 'Pseudotumour; women most affected' },
  '49': { citation: 'Amstutz, femoral neck fracture series', topic: 'Neck fracture rate; femoral-only revision' },
  '51': { citation: 'PubMed Central PMC3330050', topic: 'Function no better than THR in trials' },
  '52': { citation: 'boneschool.com, femoral head size', topic: 'Range of motion no better than THR' },
  '53': { citation: 'Springer book chapter, doi 10.1007/978-3-030-24243-5_4', topic: 'Dislocation very rare with a large head' },
  '54': { citation: 'bluelifer.com, hip resurfacing', topic: 'Head milled to fit; no leg-length correction' },
  '55': { citation: 'coxa.fi clinical library, "Bone loss at hip resurfacing: a comparison with total hip arthroplasty"', topic: 'Bone removed: femur and acetabulum (Sawbones)' },
  '56': { citation: 'PubMed 16365116', topic: 'Acetabular bone removed; cup sizes' },
  '57': { citation: 'J Bone Joint Surg Br supplement, doi 10.1302/0301-620X.92BSUPP_II.0920295c', topic: 'Counterpoint on acetabular bone loss' },
  '58': { citation: 'Complications after metal-on-metal hip resurfacing, musculoskeletalkey.com', topic: 'Best bone: small cysts, component over 46 mm' },
  '60': { citation: 'BHR rehabilitation protocol, joionline.net', topic: 'Weight-bearing and strengthening timeline' },
  '61': { citation: '222health.com, hip resurfacing', topic: 'Movement precautions' },
  '62': { citation: 'Circle Health Group, Thornbury Hospital hip surgery, circlehealthgroup.co.uk', topic: 'Hospital stay; driving' },
  '63': { citation: 'BMC Musculoskelet Disord 2019, doi 10.1186/s12891-019-2498-z', topic: 'Return to work and sport' },
  '65': { citation: 'bouldercentre.com, precautions after surgery', topic: 'Movement precautions; no high impact for 6 months' },
  '66': { citation: 'andrewmanktelow.com, recovery', topic: 'Driving' },
  '67': { citation: 'NeuroQuantology, femoral head morphometry', topic: 'Femoral head diameter' },
  '68': { citation: 'PubMed Central PMC2650061', topic: 'Neck-shaft angle and anteversion (n=375)' },
  '69': { citation: 'HAL hal-03553324', topic: 'CT morphometry (n=628): neck-shaft angle, anteversion, offset' },
  '70': { citation: 'PubMed Central PMC4775021', topic: 'Femoral anteversion' },
  '71': { citation: 'PubMed 7438592', topic: 'Textbook neck-shaft angle' },
  '72': { citation: 'Int J Res Med Sci, msjonline.org ijrms 8760', topic: 'Neck diameter on X-ray' },
  '73': { citation: 'Skeletal Radiol, doi 10.1007/s00256-011-1109-3', topic: 'Acetabular inclination; centre-edge angle' },
  '74': { citation: 'PubMed Central PMC5576350', topic: 'Acetabular anteversion' },
  '75': { citation: 'PubMed Central PMC2911927', topic: 'Acetabular anteversion' },
  '76': { citation: 'Int J Res Med Sci, msjonline.org ijrms 3733', topic: 'Acetabular depth' },
  '77': { citation: 'PubMed 11757858', topic: 'Labrum width' },
  '78': { citation: 'Radiopaedia, acetabular labrum', topic: 'Labrum' },
  '79': { citation: 'guwsmedical.info, labrum anatomy', topic: 'Labrum thickness' },
  '80': { citation: 'Ann Rheum Dis, ard.bmj.com/content/36/5/407', topic: 'Where femoral head cartilage is thickest' },
  '81': { citation: 'scilit.net record 1b2770f1200ffd78f390ac8d92126331', topic: 'Cartilage topography' },
  '83': { citation: 'Smith+Nephew, day of surgery, smith-nephew.com', topic: 'Testing, repair, closure, drain' },
  '84': { citation: 'ClinicalTrials.gov NCT01353326', topic: 'Cementless design (Cormet)' },
  '85': { citation: 'orthomdsurgery.com, hip resurfacing', topic: 'General surgical risks' },
  '86': { citation: 'AAOS OrthoInfo, "Total Hip Replacement" (wording read via a copy at chirayuhospital.org)', topic: 'THR parts: stem in the canal, cemented or press-fit; ball; cup and liner' },
  '87': { citation: 'michiganortho.com, total hip replacement', topic: 'THR parts: ball, cup and liner materials' },
  '88': { citation: 'Wheeless\' Textbook of Orthopaedics, wheelessonline.com, THR femoral neck resection', topic: 'The THR neck cut, planned from the lesser trochanter; leg length and offset' },
  '89': { citation: 'Choy et al., J Arthroplasty 2013 (Exeter short vs standard stems, AOANJRR)', topic: 'THR stem lengths: standard 150 mm, shorter 95-125 mm' },
  '90': { citation: 'Tsikandylakis et al., EFORT Open Rev 2018;3:225 (PubMed Central PMC5994615)', topic: 'THR ball sizes over time: 22, 28, now 32 and 36 mm' },
  '91': { citation: 'BOA/BHS statement on metal-on-metal hips, 2017', topic: 'Metal-on-metal bearings now under 1% of hips' },
  '92': { citation: 'Kunutsor et al., Lancet Rheumatol 2019;1:e111 (PubMed Central PMC7612258)', topic: 'Dislocation after THR: 2.1 in 100 (95% CI 1.8-2.4), pooled' },
  '93': { citation: 'van Erp et al., Arch Orthop Trauma Surg 2023', topic: 'Dislocation after THR in studies of 2010-2020: 0.7 in 100' },
  '94': { citation: 'Int Orthop 2024, doi 10.1007/s00264-024-06269-3 (resurfacing vs THR, 8 RCTs)', topic: 'Fewer dislocations after resurfacing, no per-group rates; function similar' },
  '95': { citation: 'Prosser et al., Acta Orthop 2010 (PubMed Central PMC2856206)', topic: 'Australian registry: revision of resurfacing and THR by 8 years' },
  '96': { citation: 'Clin Orthop Relat Res 2010 review (PubMed Central PMC2807019)', topic: 'Revision by 5 years in men under 65 with osteoarthritis, resurfacing and THR' },
  '97': { citation: 'Seppänen et al., Acta Orthop 2016 (PubMed Central PMC5119436)', topic: 'Finnish registry: hips not revised at 10 years; women about twice the risk' },
  '98': { citation: 'Jameson et al., Acta Orthop 2015 (PubMed Central PMC4366667)', topic: 'NJR under 60: men similar; women 5-6 times the revision risk of cemented THR' },
  '99': { citation: 'Palazzuolo et al., J Clin Med 2023;12:2093', topic: 'Trials: revision 6.3 vs 6.1 in 100; function similar' },
  '100': { citation: 'Evans et al., Lancet 2019;393:647', topic: 'How long total hips last: 15 and 25 years' },
  '101': { citation: 'Wilson et al. 2025 (PubMed Central PMC12302185)', topic: 'Most used current resurfacing: 94 in 100 not revised at 17 years' },
  '102': { citation: 'NHS, "Hip replacement: recovery" (read via a copy)', topic: 'Hospital stay after THR' },
  '103': { citation: 'Hoorntje et al., Sports Med 2018 (PubMed Central PMC5999146)', topic: 'Return to sport and work after THR' },
  '104': { citation: 'MHRA MDA/2017/018, metal-on-metal hip follow-up', topic: 'Blood metal tests for every metal-on-metal hip' },
  '105': { citation: 'Röder et al., BMC Musculoskelet Disord 2012 (PubMed Central PMC3495212)', topic: 'Leg-length difference after THR' },
  '106': { citation: 'PubMed Central PMC7816452 (thigh pain, short tapered stems)', topic: 'Thigh pain after cementless stems' },
  '107': { citation: 'Murphy et al., Orthopedics 2009', topic: 'Patients misjudging resurfacing as the safer choice' },
  '108': { citation: 'Joseph-Williams et al., Med Decis Making 2014;34:699', topic: 'IPDAS minimal standards for decision aids' },
  '109': { citation: 'Trevena et al., BMC Med Inform Decis Mak 2013;13(S2):S7', topic: 'Presenting probabilities: natural frequencies' },
  '110': { citation: 'Bonner et al., Med Decis Making 2021;41:821', topic: 'Presenting probabilities: same denominator, icon arrays' },
  '111': { citation: 'Galesic, Garcia-Retamero, Gigerenzer, Health Psychol 2009;28:210', topic: 'Icon arrays help people read risks' },
  '112': { citation: 'Patient Information Forum, "Communicating benefits, risks and uncertainties", 2023', topic: 'Both framings; absolute numbers; saying uncertainty' },
  '113': { citation: 'NICE guideline NG157 (2020), joint replacement', topic: 'Discuss options, risks, more surgery later, hospital stay and recovery' },
  '114': { citation: 'NICE guideline NG197 (2021), shared decision making', topic: 'Use decision aids that are evidence based and quality assured' },
  '115': { citation: 'Stacey et al., Cochrane Database Syst Rev, CD001431', topic: 'Decision aids improve knowledge and risk perception' },
  '116': { citation: 'ESR educational poster, acetabular measurements (myesr.org)', topic: 'Cup inclination on the AP film: against the inter-teardrop line, 30-50 degrees' },
  '117': { citation: 'De Haan et al., J Bone Joint Surg Br 2008', topic: 'Resurfacing cups steeper than about 55 degrees raised blood metal ions' },
  '118': { citation: 'radiologymasterclass.co.uk, X-ray densities', topic: 'Radiodensity: metal, then bone, soft tissue, fat, air' },
  '119': { citation: 'J Nucl Med linear attenuation table (jnm.snmjournals.org)', topic: 'Linear attenuation at 50 keV: water, bone, nickel' },
  P1: { citation: 'Perez et al., Clin Orthop Relat Res 2017', topic: 'Reading level of orthopaedic patient pages' },
  P2: { citation: 'Eltorai et al., Clin Orthop Relat Res 2015', topic: 'Reading level of orthopaedic patient pages' },
  P3: { citation: 'O Doinn et al., J Arthroplasty 2020', topic: 'Reading level of joint replacement patient pages' },
  P4: { citation: 'PubMed Central PMC3049622', topic: 'Offering more than one level of detail' },
  P5: { citation: 'AHRQ Health Literacy Universal Precautions Toolkit, tool 5', topic: 'Teach-back' },
  P6: { citation: 'Spanjers et al., Comput Educ 2012', topic: 'Learner-paced steps instead of one long animation' },
  P7: { citation: 'van Leeuwen et al., Educ Sci 2023', topic: 'Guided views before free rotation' },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[]

/**
 * Sources the fact sheet lists but attaches to no claim. They stay in the list (the brief is to
 * carry every source), and the "every reference is cited" test exempts exactly these.
 */
export const SOURCES_WITHOUT_CLAIM: readonly SourceId[] = ['19']

/** One line for a source list: the citation, then what it is cited for. */
export const fullCitation = (id: SourceId): string => `${SOURCES[id].citation}. ${SOURCES[id].topic}.`

export const isSourceId = (value: unknown): value is SourceId =>
  typeof value === 'string' && Object.hasOwn(SOURCES, value)
