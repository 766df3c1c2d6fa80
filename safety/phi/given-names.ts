// Common given names across the communities a health system serves, lower-case and without
// accents (lookups strip them: "józef" is found as "jozef"). A capitalised match is a name.
// Everyday words and misspellings ("Will", "Grace", "brian" for brain) are in AMBIGUOUS_NAMES and
// count only beside a surname or after a cue such as "my name is".

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const GIVEN_NAMES = words(`
 aaron abbie abby abigail ada adam addison adele adrian agatha agnes aidan aiden ailsa alan alana
 albert alec alexander alexandra alexia alfie alfred alice alicia alison allan allen alyssa amanda
 amos amy andrea andrew andy angela angie angus anita ann anna annabel annabelle anne annette
 annie anthony antony archie ariana arnold arthur ashleigh ashley ashton audrey ava avery barbara
 barney barry beatrice becky belinda ben benedict benjamin bernadette bernard bernice beryl beth
 bethan bethany betty beverley beverly billy blake bobby bonnie brad bradley brandon brenda brendan
 brett bridget britney brittany brooke bruce bryan bryony caitlin caitlyn caleb calum callum calvin
 cameron camilla candice carl carla carlton carly caroline carolyn carrie casey cassandra cassie
 catherine cathy cecil cecily cedric charlene charles charley charlie chelsea cheryl chester chloe
 chris christina christine christopher cindy claire clara clarissa claudia clayton clement clifford
 clint clinton clive colette colin colleen connie connor conor craig curtis cynthia damian damon
 dana daniel danielle danny daphne darcy darlene darren darryl dave davina david debbie deborah
 debra declan deirdre delia denise dennis derek derrick desmond dexter diana diane dianne dominic
 donald donna donovan dora doreen doris dorothy douglas duane duncan dwayne dylan eddie edgar edith
 edmund edna edward edwin eileen elaine eleanor elena eli elijah elisabeth eliza elizabeth ella ellen
 ellie elliot elliott eloise elsie elspeth emily emma emmett enid eric erica erin ernest esme esther
 ethan ethel eugene eunice evan evelyn ewan fergus fiona frances francis freda freddie frederick
 freya gail gareth garry gary gavin gemma geoffrey george georgina gerald geraldine gertrude gilbert
 gillian gina gladys glenda glenn gloria gordon graeme graham greg gregory gwen gwendolyn hannah
 harold harriet harry harvey hayley heidi helen henrietta henry herbert hilary hilda hollie horace
 howard hugh hugo iain ian imogen ingrid irene isaac isabel isabella isabelle isla ivan jacob
 jacqueline jake james jamie jane janet janice jared jason jeanette jeff jeffrey jemima jenna
 jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy joan joanna joanne jodie jody joe
 joel joey john johnny jon jonathan joseph josephine josh joshua josie joyce judith judy julia
 julian julie justin karen kate katherine kathleen kathryn kathy katie katy kayleigh keith kelly
 kelvin ken kenneth kerry kevin kieran kim kimberly kirsty kristen kristin kyle lacey lana larry
 laura lauren laurence lawrence leah leigh leila leonard leslie lewis liam lilian lillian linda
 lindsay lindsey lisa lois lorna lorraine louis louisa louise lucas lucy luke lydia lyndon lynn
 lynne mabel madeleine madison maggie malcolm mandy marcia margaret margery maria marian marianne
 marie marilyn marion marjorie marlene martin martina marvin mary matilda matt matthew maureen
 maurice mavis maxine megan melanie melinda melissa melvin meredith michael michelle mildred millie
 miranda moira molly monica muriel myra nancy naomi natalie natasha nathan neil nell nellie niall
 nicholas nicky nicola nigel nina noel norma norman oliver olivia owen paige pamela patricia patrick
 paul paula pauline peggy penelope percy peter philip phillip phoebe phyllis piers priscilla
 quentin rachel ralph randall randy raymond rebecca reginald rhys ricky rita robert roberta rodney
 roger roland ronald ronnie rory rosalind rosie ross rowan roxanne russell ruth ryan sally samantha
 samuel sandra sarah scarlett scott seamus sean shane shannon sharon shaun sheila shelley sheryl
 shirley sidney simon sinead sophie stacey stanley stella stephanie stephen steve steven stewart
 stuart susan suzanne sybil sylvia tamsin tania tanya teresa terence terrence terri terry thea theo
 theresa thomas tiffany timothy tina toby todd tom tommy toni tony tracey tracy trevor troy una
 ursula valerie vanessa vernon veronica vicky victor vincent vivian wallace walter wanda warren
 wayne wendy wesley wilfred william willie winifred winston yvonne zachary zach zoe
 aaliyah adalynn bentley braxton brayden brielle camden colton easton everly ezra gianna grayson
 hadley harper hudson isaiah jace jaxon jayden jocelyn josiah kaden kaylee kayla kennedy kinsley
 kylie landon levi lincoln logan mackenzie madelyn makayla nevaeh nolan paisley peyton piper quinn
 reagan rylee ryder sadie savannah serenity silas skylar wyatt tyler travis trent dustin devin
 jordyn taylor morgan jamal tyrone deshawn darnell latoya keisha tameka shanice imani malik
 alejandro alejandra alberto alfonso alvaro amparo andres angeles antonio araceli armando arturo
 beatriz benito blanca camila carlos carmen catalina cesar claudio concepcion consuelo cristina
 daniela diego dolores eduardo elvira emilio enrique ernesto esperanza esteban eugenia fabiola
 federico felipe fernanda fernando francisco gabriela gerardo gilberto gonzalo graciela guadalupe
 guillermo gustavo hector horacio ignacio ines ismael jaime javier jesus joaquin jorge jose juan
 juana julio leticia lorena lourdes lucia luis manuel marcela marco margarita mariana marisol mateo
 matias mercedes miguel milagros nicolas octavio pablo paloma pedro pilar rafael ramiro ramon raul
 rebeca ricardo rocio rodrigo rogelio rosario ruben salvador santiago sergio silvia soledad
 valentina valeria vicente ximena yolanda alonso emiliano leonardo sebastian camilo agustin
 joao antonio francisca adriana aline bruna bruno caio carla eduarda felipe guilherme heitor helena
 igor isabela juliana larissa leandro leticia luiz marcelo marcos natalia otavio paulo rafaela
 raquel renata sergio tatiana thiago tiago vinicius vitor vitoria matheus murilo luana thais
 adele agathe alain alexandre amandine anais andre arnaud aurelie baptiste benoit bernadette
 brigitte celine chantal christelle christophe claude clement corinne damien delphine didier
 dominique elodie emilie etienne fabien fabrice florian francois francoise frederic gaelle gaston
 genevieve gerard gilles guillaume helene herve jacques jerome josiane julien laetitia laurent lea
 leon ludovic manon marc marcel margaux mathieu mathilde maxime michel mireille monique
 nathalie noemie olivier pascal patrice philippe pierre remi renee romain sandrine sebastien serge
 solene stephane sylvie thierry thibault valerie veronique yannick yves gaetan aurelien cecile
 andreas anja anke annegret bernd birgit dieter dirk elke erika franz friedrich gabriele gerhard
 gisela gudrun gunter gunther hannelore hans heike heinz helga helmut holger horst ilse jurgen joerg
 jorg karin katrin klaus kerstin lothar manfred markus matthias monika nicole petra rainer ralf
 renate rolf sabine silke stefan stefanie susanne thorsten torsten ulrich ute uwe volker werner
 wolfgang jens lukas maximilian leonie johannes fritz gottfried hildegard irmgard ingeborg
 anouk bram daan femke fleur gerrit hendrik henk jeroen joost kees lieke maarten marieke niels
 pieter ruud sanne sem thijs wouter willem dirk jan johan annelies
 aksel anders arne asa astrid birgitta bjorn britt eirik einar elin emil erik eva freja frida gunnar
 gustav hakon halvard hanna ida inga inge inger jonas kari kjell knut lars leif linnea magnus 
 mats mette mikkel nils ole olof oskar ragnar rasmus sigrid signe silje solveig stig sune svein sven
 torbjorn trond ulf vibeke ylva agnetha annika katrine kristian kristoffer mathias morten
 halldor gudrun jon kristin sigridur sigurdur olafur gudmundur helgi thordur
 aino antti eero elina heikki jaakko jari johanna juha jukka jussi kaisa katja kimmo kirsi leena
 liisa marja markku matti mika mikko minna niina olli paivi pekka petri pirjo riikka sanna sari satu
 seppo sirpa tapio tarja teemu timo tuomas tuula ville eino saara
 agata agnieszka aleksandra andrzej bartosz beata bogdan czeslaw dariusz dorota elzbieta ewa grazyna
 grzegorz halina irena jacek jadwiga jakub janina jaroslaw jerzy justyna kamil karolina katarzyna
 kazimierz krystyna krzysztof lukasz maciej magdalena malgorzata marek mariusz marta mateusz michal
 miroslaw natalia patrycja paulina pawel piotr przemyslaw rafal ryszard stanislaw sylwia szymon
 tadeusz urszula wieslaw witold wojciech zbigniew zofia zuzanna weronika wiktoria
 alena frantisek hana ivana jana jaroslav jiri josef karel katerina lenka lucie miroslav pavel petr
 tereza tomas vaclav vladimir zdenek ondrej jarmila zuzana
 andras aniko attila balazs csaba daniel erzsebet eva ferenc gabor gyorgy ildiko istvan judit
 katalin krisztina laszlo miklos peter sandor szilvia tamas zoltan zsofia zsuzsanna agnes tunde
 aleksandr alexei alexey anastasia andrei boris dmitri dmitry ekaterina evgeny galina irina kirill
 konstantin ksenia larisa lyudmila maksim marina mikhail natalia nikolai oleg olga roman sergei
 sergey svetlana tatiana tatyana valentin vasily viktor yekaterina yelena yulia yuri oksana bohdan
 taras mykola olena vladislav vyacheslav yaroslav anatoly gennady
 aleksandar bojan branko dejan dragan goran jelena luka marko milos nenad nikola predrag sanja
 snezana tijana vesna zoran zeljko janez mojca matej ivica mirjana dragana
 alexandros anastasios athanasios christos dimitrios dimitris eleni georgios ioannis katerina
 konstantinos nikolaos panagiotis sofia spyros vasileios yannis giorgos
 alessandra alessandro alessio antonella chiara daniele davide elisa emanuele enrico fabio federica
 filippo francesca francesco gabriele giacomo gianluca giorgia giorgio giovanna giovanni giulia
 giulio giuseppe lorenzo luca massimo matteo michele paola paolo pietro riccardo salvatore simona
 simone stefania stefano valerio vincenzo gianni enzo carlo franco luigi mario
 ahmet ayse burak cem elif emine emre fatma hakan hasan hatice huseyin kemal mehmet murat oguz omer
 ozlem selin serkan zeynep yasin mustafa
 abdullah abdul ahmad ahmed aisha ali amal amina amir amira asma ayman bilal fadi farah faris fatima
 habib hala hamza hassan hussein ibrahim imran jamal karim khadija khaled khalid layla leila mahmoud
 mariam mohamed mohammad mohammed muhammad nabil nadia nasser noor nour omar osama rana rania
 reem salim salma sami samir tarek tariq walid yasmin yousef youssef yusuf zainab zaid ismail saeed rasheed waleed fareed hameed javed naveed junaid roy
 
 aarav aarti abhishek aditi aditya ajay akash amit anand anil anjali ankit arjun arun asha ashok
 bhavna deepa deepak devi dinesh divya gaurav geeta gita gopal harish harpreet hemant indira
 jaspreet jyoti kabir kamala karan kavita kiran krishna lakshmi manish manoj meena mohan naveen
 neha nisha nitin pankaj pooja pradeep prakash pramod preeti priya priyanka rahul rajesh rajiv
 rakesh ramesh ravi rekha ritu rohan rohit sachin sahil sanjay sanjeev santosh sapna seema shalini
 sharmila shweta sneha sonia sridhar suman sunil sunita suresh swati tanvi usha vijay vikas vikram
 vinod vivek asif bushra farhan faisal irfan kamran nasir rashid sadia saima shahid shazia tahir
 tanvir usman waqas zubair nikhil siddharth shreya ananya
 fang hui jian jie jing jun lei ling mei ming qiang qing rui shan ting xia xiaoming xin xiu ying
 yong zhen zhiwei haruto
 akira aiko ayumi chihiro daiki emi haruka haruki hikari hina hiroshi hiroko hiroto kaito kazuki
 keiko kenji kenta koji kumiko masaki masato mayumi megumi miho minoru misaki naoki naoko nobuo
 noriko riku ryota sakura satoshi shinji shota takashi takumi taro tomoko tomomi yoko yoshiko yuki
 yuko yumi yusuke yuto takeshi
 minjun seoyeon jiwoo jihoon hyunwoo jaewon soojin eunji min-jun seo-yeon ji-woo ji-hoon
 thanh tuan nguyet huong phuong quang quynh trang thuy khanh
 abebe abimbola adaeze adebayo adeola adewale ayodele amara chidi chidinma chika chinedu chioma
 chukwuma emeka femi folake funmilayo ifeoma ikechukwu kehinde kemi kwabena kwame kwasi kofi kojo
 ngozi nkechi nnamdi obinna oluwaseun olumide seun tunde uchenna yetunde thabo sipho themba bongani
 lindiwe nomvula thandeka zanele tendai tatenda farai chipo wanjiru wambui njeri achieng akinyi
 tadesse mekdes selam dawit
 avi avraham chaim eitan miriam moshe rivka shira shlomo tamar yael yitzhak yosef
 aoife caoimhe ciara ciaran cillian clodagh colm eamon eamonn eimear eoin fionn grainne niamh oisin
 orla padraig roisin saoirse siobhan tadhg dafydd gethin gwyneth rhian rhiannon sian iwan
 abraham adan adeline alex alexa alexis alina alistair allison alma alvin ana angelica angelo
 antoine anya aubrey axel ayesha bertha bianca camille cecilia celia chukwuemeka clarence darius
 dimitri elias elsa emilia emmanuel felix frankie gabriel harrison henrik juanita kai kamal karina
 karl katrina kristina laila lara lena leo luisa marcin marcus martha maya mia michaela mila
 nathaniel nikita noah nora oscar philippa raj raphael regina richard roberto rosa sabrina sara
 sasha sophia tamara tara theodore tobias xavier zara ganesh hari hiro jin lakshman parvati wei yuna
 amani chiamaka thandiwe mthunzi tomasz mikael dagny marija ana-maria ioana mihai cristian florin
 maria-jose goncalo mateus
`);

export const AMBIGUOUS_NAMES = words(`
  will may june april august grace hope faith joy rose lily iris ivy daisy violet ruby amber jade
  pearl crystal dawn summer autumn sky rain storm bill mark frank pat sue rob bob jack chase hunter
  mason cole dean drew grant miles lance guy art wade jean carol chuck penny holly ginger candy
  brandy sherry angel harmony melody destiny trinity justice royal king page bishop price rich
  sterling ray don al ed max nick sage basil patience prudence constance mercy liberty glory honor
  honour reed heath clay dale glen cliff forrest rocky sandy dusty misty sonny buddy bud lee kit jay
  robin wren raven phoenix asia paris brooklyn sydney georgia virginia carolina dakota austin dallas
  denver houston jordan chad israel india kenya china florence adelaide victoria charlotte orlando
  jasmine rosemary hazel heather milan christian olive brian willow nova luna river long van ping
  wen hu tao ma precious blessing amelia vera marine thor rami
  malin poppy
`);
