// What a clearly non-health request looks like: a task (write an essay, fix my code, solve a sum),
// chit-chat with the assistant, or a question about a domain far from health (sport, food and
// restaurants, travel, shopping, money, weather, trivia, entertainment, the home, garden and car,
// gadgets). Housing, benefits, work and school admin are not listed: they often touch health and
// care ("the damp is making my asthma worse"), so careline answers them.

export const TASK: readonly RegExp[] = [
  /\b(?:write|draft|compose|proofread|rewrite|edit|finish|do|help (?:me )?(?:with|write)|make|create|come up with|give me) (?:me |my |us )?(?:a |an |my |the |this |some )?(?:[\w'-]+ ){0,2}?(?:essay|poem|story|song|lyrics|cover letter|resume|cv|homework|assignment|coursework|dissertation|thesis|speech|blog post|article|tweet|caption|novel|screenplay|business plan|marketing|sales pitch|haiku|limerick|rap|eulogy|presentation|book report|(?:birthday|wedding|christmas|retirement|leaving|anniversary|valentine'?s?|thank[ -]you|congratulations|condolence|get well) (?:message|card|note|speech|poem|wishes|text)|message for (?:my|a) (?:sister|brother|friend|mum|dad|boss|colleague|partner)'?s? (?:birthday|wedding|card)|email to my (?:boss|landlord|teacher|bank|manager)|linkedin|instagram|bio for|slogan|name for my (?:business|company|shop|dog|cat|band))\b/,
  /\b(?:python|javascript|typescript|java|c\+\+|c#|golang|rust|sql|html|css|regex|react|node\.?js|git|github|docker|kubernetes|linux|bash|powershell|excel|spreadsheet|pivot table|vlookup|compile|compiler|stack ?trace|null pointer|segfault|syntax error|source code|a function that|an? (?:app|website|program|bot) that|unit tests?|for loop|while loop|process id|api|database|algorithm|programming|coding|debug|my code|index out of range|undefined is not|sorts? a list|json|xml|css)\b/,
  /\btranslate\b[^.?!\n]{0,80}?\b(?:into|to|in) (?:english|french|spanish|german|italian|portuguese|polish|urdu|arabic|chinese|mandarin|japanese|korean|russian|hindi|bengali|punjabi|turkish|dutch|greek|romanian|welsh|latin)\b/,
  /\b(?:tell me a (?:joke|story|riddle|fun fact)|(?:a|another) (?:joke|riddle)|play a game|trivia|quiz|pub quiz|fun fact|what(?:'s| is) your favou?rite|do you (?:like|love|enjoy|watch|play|support) |are you (?:married|single|bored|happy|a (?:man|woman|boy|girl))|meaning of life|sing me|how(?:'s| is| was) your (?:day|weekend|morning|evening|night)|what do you do for fun|entertain me|i'm bored|let's chat about)\b/,
  /\b(?:solve (?:this|the) (?:equation|puzzle|problem|sum)|math homework|maths homework|algebra|calculus|derivative of|integral of|square root of|\d+(?:\.\d+)? ?(?:%|percent) of \d+|\d+ (?:times|plus|minus|divided by|multiplied by|x|\*|\+|-|\/) \d+ ?(?:=|\?|$)|convert \d+ (?:miles|km|pounds|dollars|euros|feet|inches|celsius|fahrenheit))/,
  // Trivia shapes: "who sang…", "what time does the match start", "what is the capital of…"
  /\bwho (?:sang|sings|wrote|painted|invented|discovered|directed|composed|founded|won|scored|plays|played|starred|built|designed|owns|is the (?:president|prime minister|king|queen|ceo|captain|manager|richest|tallest|best)|was the (?:first|last))\b|\bwhat time (?:does|do|is) (?:the )?(?:[\w'-]+ ){0,2}?(?:match|game|race|show|film|movie|concert|shop|shops|supermarket|bank|post office|library|museum|kick-?off|start|open|close|sunset|sunrise)\b|\bwhat (?:is|are|was) the (?:capital|population|currency|language|national (?:anthem|dish|animal|flag)|flag|time zone|area) of\b/,
];

const DOMAINS = [
  // sport
  "scores?|who won|who will win|fixtures?|league table|standings|kick-?off|halftime|half-time|playoffs?|world cup|super bowl|premier league|champions league|nba|nfl|mlb|nhl|formula (?:1|one)|f1|grand prix|wimbledon|olympics|transfer window|arsenal|chelsea|liverpool|man(?:chester)? (?:united|city)|tottenham|real madrid|barcelona|the match|the game (?:last night|tonight|today)|football|soccer|rugby|cricket|tennis|golf|snooker|darts|boxing|ufc|basketball|baseball|hockey|horse racing|the grand national|betting odds|fantasy football",
  // food and drink out (not diet)
  "recipes?|bake|baking|roast dinner|how (?:do i|to) (?:cook|grill|fry|make) (?:a |an |the )?(?:cake|bread|pasta|pizza|lasagne|curry|soup|omelette|pancakes?|cookies?|brownies?|cocktail|mojito|margarita|roast|stew|chilli|risotto)|banana bread|sourdough|cocktails?|mojito|margarita|oven temperature|baking time|wine pairing|barbecue|bbq|pizza|restaurants?|takeaway|cafe|pub|places to eat|somewhere to eat|where to eat|brunch|dinner reservation",
  // travel
  "flights?|hotels?|holiday|holidays|vacation|trip to|plan a trip|road trip|things to do in|places to visit|itinerary|sightseeing|tourist|city break|train times|timetable|airport|airline|cruise|visa for|passport renewal|weekend in|backpacking|airbnb|camping|campsite",
  // shopping and money
  "laptop|iphone|ipad|android|smartphone|(?:best|cheapest|new|good) phone|headphones|television|tv to buy|games console|playstation|xbox|nintendo|black friday|discount code|voucher code|gift ideas?|present for|birthday present|what to buy|which \\w+ (?:should|to) (?:i )?buy|invest\\w*|stocks?|shares|bonds|index funds?|crypto\\w*|bitcoin|ethereum|stock price|share price|exchange rate|mortgage|interest rate|savings account|credit score|tax return|lottery|car insurance|home insurance|energy bills?|broadband|mobile contract",
  // weather
  "weather|forecast|will it (?:rain|snow)|is it going to (?:rain|snow)|sunny tomorrow|umbrella",
  // trivia, science, history, geography
  "capital (?:city )?of|population of|what year did|when did the|tallest (?:mountain|building)|longest river|largest (?:ocean|country|planet|city)|how far is|moons?|planets?|jupiter|saturn|mars|galaxy|black holes?|outer space|space travel|astronauts?|dinosaurs?|roman empire|world war|the war of|king henry|queen victoria|prime minister|president of|election|parliament|history of (?:the|rome|england|france|america)|bohemian rhapsody",
  // entertainment
  "films?|movies?|tv shows?|series to watch|what should i watch|netflix|disney\\+|songs?|music|bands?|albums?|singers?|sang|playlist|concert|gig|tickets for|books? to read|good books?|book recommendations?|novels?|authors?|video games?|minecraft|fortnite|anime|celebrit(?:y|ies)|horoscope|zodiac|star sign|crossword|wordle|sudoku|chess|board games?|podcasts?",
  // home, garden, car, pets' food and tech support
  "garden|gardening|plant(?:ing)? (?:seeds|bulbs|tomatoes)|seeds|lawn|compost|houseplants?|car|engine|oil change|change the oil|tyres?|tires|mot test|bike chain|puncture|wifi|wi-fi|router|printer|bluetooth|windows update|iphone update|diy|wallpaper|paint (?:a|the|my) (?:room|wall|fence|door)|plumbing|leaky tap|(?:kitchen )?sink|blocked drain|boiler|washing machine|dishwasher|fridge|freezer|microwave|hoover|vacuum cleaner|furniture|flat-?pack|shelves|curtains|carpet|decorating|dog food|cat food|puppy training|train my dog",
];

/** A question about a domain far from health. */
export const DOMAIN = new RegExp(`\\b(?:${DOMAINS.join("|")})\\b`);

/** The message asks for something (a question or a request), rather than telling careline something. */
export const REQUEST =
  /\?|^(?:(?:please|hey|hi|hello|ok|okay|so|and|also|quick question|right),? )*(?:can|could|would|will|please|help|tell|write|find|give|recommend|suggest|what|what's|how|who|when|where|which|why|is|are|do|does|did|should|list|explain|translate|show|make|create|plan|book|compose|draft|generate|i want|i need|i'd like|i would like|any|name|fix|solve)\b/;
