// Places Safe Harbor allows (states, provinces, countries, continents), the words for their
// peoples and languages, and the words that make a capitalised run an organisation. A name run
// stops at them; a street block stops before a country.

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const REGIONS = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
  idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
  minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
  tennessee texas utah vermont virginia wisconsin wyoming carolina dakota hampshire
  jersey york mexico rhode island columbia ontario quebec alberta manitoba saskatchewan
  newfoundland labrador nunavut yukon brunswick nova scotia queensland tasmania victoria wales
  england scotland ireland britain america canada australia zealand india china japan germany
  france spain italy poland nigeria kenya pakistan brazil europe africa asia antarctica oceania
  portugal netherlands holland belgium luxembourg switzerland austria denmark norway sweden
  finland iceland greenland estonia latvia lithuania russia ukraine belarus moldova romania
  bulgaria greece turkey cyprus malta hungary czechia czech slovakia slovenia croatia serbia
  bosnia montenegro albania macedonia kosovo georgia armenia azerbaijan kazakhstan uzbekistan
  israel palestine lebanon syria iraq iran kuwait qatar bahrain oman yemen saudi arabia
  emirates egypt libya tunisia algeria morocco sudan ethiopia somalia uganda tanzania rwanda
  ghana senegal cameroon congo angola zambia zimbabwe botswana namibia mozambique madagascar
  bangladesh nepal bhutan lanka myanmar thailand vietnam cambodia laos malaysia singapore
  indonesia philippines korea mongolia taiwan argentina chile peru bolivia ecuador colombia
  venezuela uruguay paraguay cuba jamaica haiti dominican guatemala honduras nicaragua panama puerto rico trinidad barbados bahamas fiji samoa tonga united kingdom states
  republic federation kingdom north south east west northern southern eastern western central
  upper lower greater
`);

export const PEOPLES = words(`
  american british english scottish welsh irish canadian australian mexican indian chinese
  japanese german french spanish italian polish nigerian kenyan pakistani brazilian european
  african asian portuguese dutch belgian swiss austrian danish norwegian swedish finnish
  icelandic estonian latvian lithuanian russian ukrainian romanian bulgarian greek turkish
  hungarian czech slovak slovenian croatian serbian bosnian albanian armenian israeli lebanese
  syrian iraqi iranian persian arab arabic egyptian moroccan somali ethiopian ghanaian
  bangladeshi nepali sri thai vietnamese malaysian filipino indonesian korean argentine
  argentinian chilean peruvian colombian venezuelan cuban jamaican haitian caribbean latino
  latina hispanic black white asian jewish muslim christian catholic protestant hindu sikh
  buddhist urdu hindi punjabi bengali gujarati tamil mandarin cantonese swahili yoruba igbo hausa
  amharic farsi hebrew tagalog creole
`);

export const ORG_WORDS = words(`
  inc llc ltd plc corp corporation company co group partners associates foundation institute
  institutes university college school academy hospital hospitals clinic clinics centre center
  trust council society association department services service health healthcare care medical
  medicine pharmacy pharmaceuticals pharma labs laboratory laboratories bank insurance orchestra
  band club church agency ministry board authority network systems solutions technologies
  technology software consulting capital global international national federal royal infirmary
  surgery practice gp nhs cdc who fda nih nice cms ama aha acs mayo webmd medlineplus
  registry foundation charity alliance coalition commission bureau office unit team
`);
