// Common surnames across many communities, lower-case and without accents, written for careline
// (not copied from any data set). Suffixes such as -sson, -ová or -ski are recognised by shape
// (`name-shape.ts`), so most Nordic and Slavic names need no entry. Surnames that are also everyday
// words ("Brown", "Ward", "Hill") are in AMBIGUOUS_SURNAMES and need a given name or a cue.

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const SURNAMES = words(`
  smith johnson williams jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
  wilson anderson thomas taylor moore jackson martin thompson harris sanchez clark ramirez lewis
  robinson allen wright scott torres nguyen flores adams nelson mitchell carter roberts gomez
  phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy rogers
  gutierrez ortiz morgan cooper peterson bailey kelly howard ramos kim cox richardson watson brooks
  chavez bennett mendoza ruiz hughes alvarez castillo sanders patel myers ross foster jimenez powell
  jenkins perry russell sullivan coleman butler henderson barnes gonzales fisher vasquez simmons
  romero patterson hamilton graham reynolds griffin wallace moreno hayes bryant herrera gibson ellis
  tran medina aguilar stevens murray castro marshall owens harrison fernandez mcdonald washington
  kennedy vargas henry chen freeman webb tucker guzman crawford olson simpson porter gordon mendez
  silva shaw snyder dixon munoz hicks holmes palmer wagner robertson boyd salazar warren meyer
  schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne dunn kelley spencer
  hawkins pierce vazquez hansen peters santos bradley elliott cunningham duncan armstrong hudson
  carroll riley andrews alvarado delgado perkins hoffman johnston matthews pena richards contreras
  willis carpenter lawrence sandoval guerrero chapman rios estrada ortega watkins greene nunez
  wheeler valdez harper burke larson maldonado morrison franklin carlson dominguez carr lawson
  jacobs obrien lynch singh vega montgomery jensen harvey williamson gilbert sims espinoza howell
  wong reid hanson mccoy garrett burton  wang weber welch rojas marquez padilla walsh bowman
  schultz fowler mejia davidson acosta  juarez newman pearson curtis cortez douglas schneider
  navarro figueroa keller avila molina stanley hopkins campos barnett bates  caldwell beck
  lambert miranda byrd craig ayala lowe frazier neal leonard gregory carrillo sutton fleming rhodes
  shelton schwartz norris jennings watts duran walters cohen mcdaniel moran steele vaughn becker
  holt deleon barker haynes horton lyons pham thornton wolfe warner cabrera mckinney mann zimmerman
  dawson lara fletcher mccarthy robles cervantes solis erickson reeves chang klein salinas fuentes
  baldwin velasquez hardy higgins aguirre cummings chandler bowen ochoa robbins liu ramsey griffith
  blair oconnor cardenas pacheco calderon quinn swanson chan rivas khan rodgers serrano fitzgerald
  rosales stevenson christensen manning mclaughlin harmon mcgee doyle garner newton burgess reese
  walton trujillo adkins brady goodman roman webster goodwin fischer huang potter delacruz montoya
  todd hines mullins castaneda malone tate sherman hubbard hodges zhang guerra valencia saunders
  franco rowe gallagher hammond hampton townsend ingram gallegos clarke barton schroeder maxwell
  camacho strickland davies thomson macdonald paterson fraser mackenzie macleod mclean kerr byrne
  ocallaghan odonnell osullivan doherty mcmahon dunne brennan mcgrath fitzpatrick kavanagh
  hussain begum akhtar iqbal rahman chowdhury miah uddin islam ahmed ali malik qureshi siddiqui
  sheikh chaudhry shah sharma gupta verma mehta joshi reddy rao iyer iyengar nair menon pillai
  dutta banerjee chatterjee mukherjee bose ghosh desai kapoor khanna malhotra chopra bhatia sethi
  arora ahuja agarwal jain bansal mittal goyal saxena srivastava mishra pandey tiwari dubey yadav
  thakur chauhan rathore naidu krishnan subramanian venkatesh ramachandran raman kumar bhatt
  mueller muller schmitt schulz schafer koch bauer richter wolff schroder neumann schwarz
  zimmermann braun kruger hofmann hartmann lange schmitz krause meier lehmann schmid schulze
  maier kohler herrmann konig mayer huber kaiser fuchs scholz moller weiss jung hahn schubert
  vogel friedrich gunther berger winkler roth lorenz baumann franke albrecht schuster ludwig bohm
  kraus schumacher kramer vogt jager sommer seidel heinrich brandt haas schreiber dietrich ziegler
  kuhn pohl engel busch bergmann voigt sauer pfeiffer
  dubois bernard durand leroy moreau laurent lefebvre michel roux fournier morel girard lefevre
  mercier dupont bonnet legrand garnier faure rousseau blanc guerin roussel perrin morin mathieu
  gauthier dumont fontaine chevalier masson boyer lemaire duval joly gautier roche meunier
  marchand dufour blanchard barbier brun dumas brunet leroux renard arnaud rolland caron aubert
  giraud leclerc vidal bourgeois renaud lemoine picard gaillard leclercq lacroix fabre dupuis
  hubert guillot riviere moulin lecomte menard fleury deschamps carpentier benoit maillard
  rossi russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti mancini costa
  giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli
  leone longo gentile martinelli vitale lombardo serra coppola marchetti parisi ferraro ferri
  fabbri marini grasso valentini messina gatti pellegrini palumbo sanna farina rizzi monti
  cattaneo morelli amato silvestri mazza testa grassi pellegrino carbone giuliani benedetti barone
  caputo montanari palmieri bernardi fiore ferretti bellini basile riva donati piras vitali
  battaglia sartori neri costantini milani pagano ruggiero sorrentino orlando negri napolitano
  gonzalez fernandez sanchez perez gomez jimenez hernandez diaz munoz alvarez alonso navarro
  dominguez gil suarez delgado rubio marin sanz iglesias garrido cortes lozano cano prieto mendez
  calvo gallego leon marquez pena cabrera carrasco diez caballero nieto pascual santana herrero
  lorenzo montero hidalgo gimenez ibanez ferrer benitez arias carmona crespo pastor saez velasco
  moya soler parra esteban bravo gallardo
  oliveira souza sousa ferreira alves pereira  gomes ribeiro martins carvalho almeida lopes
  soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes marques machado
  mendes freitas cardoso goncalves teixeira araujo  correia cunha monteiro moura cavalcanti
  azevedo
  jansen visser smit meijer mulder bos vos hendriks dekker brouwer dijkstra smits kok vermeulen
  schouten willems hoekstra maas verhoeven koster prins blom huisman peeters janssens
  hansen johansen olsen larsen andersen pedersen nilsen kristiansen karlsen johnsen pettersen
  eriksen haugen hagen jacobsen dahl halvorsen henriksen lund moen gundersen solberg svendsen
  eide knutsen martinsen paulsen bakken rasmussen lunde solheim berge bakke holm lien hauge
  nielsen knudsen madsen thomsen christiansen poulsen mortensen petersen
  andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
  pettersson jonsson jansson hansson bengtsson lindberg jakobsson magnusson olofsson lindstrom
  lindqvist lindgren axelsson bergstrom lundberg lundgren lundqvist mattsson berglund fredriksson
  sandberg henriksson forsberg sjoberg wallin engstrom eklund danielsson lundin hakansson bjork
  bergman gunnarsson wikstrom samuelsson isaksson fransson bergqvist nystrom holmberg arvidsson
  lofgren soderberg nyberg blomqvist claesson nordstrom
  korhonen virtanen makinen nieminen makela hamalainen laine heikkinen koskinen jarvinen lehtonen
  lehtinen saarinen salminen heinonen niemi heikkila kinnunen salonen turunen salo laitinen
  tuominen rantanen karjalainen jokinen mattila savolainen lahtinen ahonen
  jonsson sigurdsson gudmundsson einarsson kristjansson stefansson johannsson
  nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak
  dabrowski kozlowski jankowski mazur wojciechowski kwiatkowski krawczyk kaczmarek piotrowski
  grabowski zajac pawlowski michalski krol wieczorek jablonski wrobel nowakowski majewski
  olszewski stepien malinowski jaworski adamczyk dudek nowicki pawlak gorski witkowski walczak
  sikora baran rutkowski michalak szewczyk ostrowski tomaszewski pietrzak marciniak
  novak svoboda novotny dvorak cerny prochazka kucera vesely horak nemec pospisil pokorny hajek
  kral jelinek ruzicka benes fiala sedlacek dolezal zeman kolar navratil cermak vanek blazek
  nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz
  lakatos meszaros olah racz fekete szilagyi torok feher balazs szucs kocsis pinter fodor szalai
  sipos lukacs gulyas biro kiraly katona jakab boros fazekas kelemen antal somogyi orosz fulop
  veres vincze hegedus deak balint illes vass szoke fabian voros lengyel bognar bodnar hajdu
  halasz mate szekely
  ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov
  lebedev kozlov orlov makarov nikitin zakharov zaitsev borisov romanov medvedev krylov
  shevchenko kovalenko bondarenko tkachenko kravchenko oliynyk shevchuk polishchuk boyko melnyk
  jovanovic petrovic nikolic markovic djordjevic stojanovic ilic stankovic pavlovic milosevic
  horvat kovacevic babic maric juric knezevic vukovic
  papadopoulos papadakis georgiou nikolaou pappas vlachos
  yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan
  cetin koc kurt ozkan simsek polat
  haddad khoury nassar saleh mansour abdullah hussein hassan
  li wang zhao wu zhou xu  zhu hu guo gao luo zheng liang xie song tang han feng deng cao peng
  zeng xiao tian dong pan yuan cai jiang  ye cheng su ding ren shen yao jin zhong lam cheung
  leung lau yip tsang chow  tse kwan fung
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
  sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
  yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito
  sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano
  harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita shibata sakai kudo
  yokoyama miyazaki miyamoto uchida takagi ando taniguchi maruyama imai kono fujimoto murata
  takeda ueno sugiyama masuda sugawara hirano
  park choi jung kang cho yoon jang lim seo  kwon hwang ahn jeon hong
  pham hoang phan vu vo dang bui ngo duong
  bautista ocampo villanueva aquino mercado dela santos
  okafor okonkwo adeyemi okoro eze nwosu obi chukwu olawale balogun ogunleye mensah asante owusu
  boateng osei agyeman appiah acheampong kamau mwangi otieno odhiambo wanjiku njoroge kiprop
  cheruiyot mutua ndlovu dlamini nkosi khumalo mokoena sithole mahlangu moyo banda phiri mwale
  tembo
  connolly donnelly reilly rowley ripley tully scully kennelly nolan dooley
  levy levi goldberg goldstein friedman katz rosen rosenberg shapiro kaplan stern adler abrams
`);

export const AMBIGUOUS_SURNAMES = words(`
  brown white green black young king hill wood woods stone long bell cook baker hall walker ward
  gray grey reed hunt fox wells banks lane parks miles mills rice grant wise farmer cross moss
  sharp barber waters power powers little day hart knight bishop dean ford bush burns church field
  fields frost gill golden house lamb love marsh nash noble rush short small snow strong summers
  swift wolf wade mason hunter porter graves page marks rich sterling chase pope sharpe major
  cannon curry duke lord marsh west north south east english french welsh holland chambers
  sun du shin lima pinto ng fuller brewer
`);
