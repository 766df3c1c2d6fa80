// Common given names across the communities a health system serves, lower-case; a capitalised
// match is a name. Everyday words and misspellings ("Will", "Grace", "brian" for brain) are in
// AMBIGUOUS_NAMES and count only beside a surname or after a cue such as "my name is".

export const GIVEN_NAMES = new Set(
  `aaron abby abdul abdullah abigail abraham ada adam adan adeline adrian adriana agnes ahmed ahmad aidan
  aiden aisha alan alana albert alberto alejandra alejandro aleksandra alex alexa alexander alexandra
  alexis alfie alfred ali alice alicia alina alison alistair allison alma alvin amanda amara amber amelia
  amir amy ana anastasia andre andrea andreas andrew andy angela angelica angelo anita ann anna annabel
  anne annette annie anthony antoine antonio anya archie ariana arjun arthur arturo ashley ashok aubrey
  audrey austin ava avery axel ayesha barbara barry beatrice beatriz becky belinda ben benjamin bernard
  bertha beth bethany betty beverly bianca blake boris bradley brandon brenda brendan brian bridget
  brittany brooke bruce bruno bryan caitlin caleb callum camila cameron camille carla carlos carmen
  caroline carolyn carrie casey cassandra catherine cecilia cedric celia chantal charlene charles
  charlie charlotte chelsea cheryl chidi chinedu chloe chris christian christina christine christopher
  chukwuemeka cindy claire clara clarence claudia clive colin connor conor craig cristina cynthia daisy
  damian dana daniel daniela danielle danny darius darren david dawit debbie deborah debra deepak deirdre
  denise dennis derek desmond diana diane diego dimitri dmitri dolores dominic donald donna doris dorothy
  douglas duncan dylan edgar edith edmund eduardo edward edwin eileen elaine eleanor elena eli elias
  elijah elisa elizabeth ella ellen ellie eloise elsa emeka emil emilia emilie emily emma emmanuel enrique
  eric erica erik erin ernest esther ethan eugene eva evan evelyn fatima federico felipe felix fernando
  fiona florence francesca francesco francis francisco frankie freddie frederick freya gabriel gabriela
  gareth gary gavin gemma genevieve geoffrey george georgina gerald gerard gianni gillian giovanni gloria
  gordon graham greg gregory gustavo gwen hamza hannah harold harriet harrison harry harvey hassan hazel
  heather hector heidi helen helena henrik henry herbert hilda hiroshi howard hugh hugo ian ibrahim
  ignacio igor imogen ines ingrid irene isaac isabel isabella isabelle ismail ivan jacob jacqueline jake
  james jamie jan jane janet janice jasmine jason javier jayden jeanette jeffrey jennifer jenny jeremy
  jerome jessica jesus joan joanna joanne joaquin jocelyn joe joel johan johanna john jonathan jorge jose
  josef joseph josephine joshua joyce juan juanita judith judy julia julian juliana julie julien justin
  kai kamal karen karim karina karl kate katherine kathleen kathryn katie katrina kayla keith kelly
  kenneth kevin khalid kiran kirsty kofi kristina kwame kyle laila lakshmi lara laura lauren lawrence
  leah leila lena leo leon leonard leonardo leslie liam linda lindsay lisa logan lorenzo lorraine louis
  louise lucas lucia lucy luis luisa luka lydia madeleine madison magdalena maggie mahmoud malcolm
  manuel marcel marcin marco marcus margaret margarita maria mariam marian marie marina mario marion
  marisol marjorie marta martha martin mary mateo matilda matteo matthew maureen maurice maxine maya
  megan mehmet melanie melissa mia michael michaela michelle miguel mikhail mila milan miriam mohamed
  mohammed mohammad monica morgan muhammad nadia naomi natalia natalie natasha nathan nathaniel neha
  neil nicholas nicola nicole nigel nikhil nikita nikolai nina noah noel nora norma oleg oliver olivia
  omar oscar owen pablo paola patricia patrick paul paula pauline pedro peter philip philippa phoebe pierre
  pietro pooja priya priyanka rachel rafael rahul raj rajesh ramon raphael raquel rebecca regina reginald
  renee ricardo richard rita roberta roberto robert rodrigo roger roland ronald rosa rosemary roxanne
  ruth ryan sabrina sadia salma samantha samir samuel sandra sanjay santiago sara sarah sasha scott
  sean sebastian sergei sergio shannon sharon sheila shirley siddharth simon siobhan sofia sophia sophie
  stanley stefan stefano stephanie stephen steven stuart susan suzanne svetlana sylvia tamara tanya tara
  teresa thabo theo theodore theresa thomas timothy tobias tomas tracy travis trevor tyler valentina
  valerie vanessa vera veronica vicky victoria vikram vincent vivian vladimir walter wanda wayne wendy
  wesley william wojciech xavier yasmin yusuf yvonne zach zachary zainab zara zoe zoltan
  aarav aditi aditya akira amit ananya anil arun deepa divya ganesh gita hari haruto hina hiro jin
  jun ji-woo kenji kumar lakshman li mei min-jun ming naveen ngozi oluwaseun parvati ravi sakura seo-yeon
  shreya sunil takeshi wei xin yan yuki yuna yusuf zhang adebayo amani ayodele chiamaka folake kemi
  olumide tendai thandiwe zanele bongani sipho mthunzi precious blessing abebe tadesse mekdes selam
  jurgen jürgen katarzyna agnieszka malgorzata małgorzata piotr tomasz krzysztof pawel paweł jakub
  ondrej ondřej petr jiri jiří zsofia zsófia laszlo lászló bjorn björn lars sven astrid sigrid ingeborg
  nils magnus mikael anders annika linnea saara aino eino matti juha pekka jukka kirsi riikka dagny
  bogdan dragan milos miloš nikola goran jelena ivana marija ana-maria ioana andrei mihai cristian
  florin georgios dimitris konstantinos eleni maria-jose joao joão goncalo gonçalo ines inês rui
  thiago mateus beatriz lucas-gabriel matías sebastián nicolás camilo andrés valeria ximena guadalupe
  fatma ayse ayşe emre burak elif zeynep mustafa ahmet yasin`
    .split(/\s+/)
    .filter((name) => name.length > 0),
);

export const AMBIGUOUS_NAMES = new Set(
  `will may june april august grace hope faith joy rose lily iris ivy daisy violet ruby amber jade pearl
  crystal dawn summer autumn sky rain storm bill mark frank pat sue rob bob jack chase hunter mason cole
  dean drew grant miles lance guy art wade jean carol chuck penny holly ginger candy brandy sherry angel
  harmony melody destiny trinity justice royal king page bishop price rich sterling ray don al ed max
  nick sage basil patience prudence constance mercy liberty glory honor honour reed heath clay dale
  glen cliff forrest rocky sandy dusty misty sonny buddy bud lee kit jay robin wren raven phoenix asia
  paris brooklyn sydney georgia virginia carolina dakota austin dallas denver houston jordan chad israel
  india kenya china florence adelaide victoria charlotte orlando jasmine rosemary hazel heather
  milan christian olive brian`
    .split(/\s+/)
    .filter((name) => name.length > 0),
);
