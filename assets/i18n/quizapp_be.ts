<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>This text is {length} characters long; keep it to {limit}.</source>
        <translation>У гэтым тэксце {length} сімв.; пакінь не больш за {limit}.</translation>
    </message>
    <message>
        <source>Write the question here.</source>
        <translation>Напішы тут пытанне.</translation>
    </message>
    <message>
        <source>Write the explanation: why this is the answer, and what to do.</source>
        <translation>Напішы тлумачэнне: чаму адказ такі і што рабіць.</translation>
    </message>
    <message>
        <source>Give your topic a title.</source>
        <translation>Прыдумай назву для сваёй тэмы.</translation>
    </message>
    <message>
        <source>Write this answer, or remove it.</source>
        <translation>Напішы гэты адказ або выдалі яго.</translation>
    </message>
    <message>
        <source>Two answers read the same; make each one different.</source>
        <translation>Два адказы аднолькавыя; зрабі іх рознымі.</translation>
    </message>
    <message>
        <source>Write this step, or remove it.</source>
        <translation>Напішы гэты крок або выдалі яго.</translation>
    </message>
    <message>
        <source>Write this part, or remove it.</source>
        <translation>Напішы гэтую частку або выдалі яе.</translation>
    </message>
    <message>
        <source>Write the words of this red flag.</source>
        <translation>Напішы словы гэтага трывожнага сігналу.</translation>
    </message>
    <message>
        <source>Say why this part is a red flag.</source>
        <translation>Растлумач, чаму гэтая частка — трывожны сігнал.</translation>
    </message>
    <message>
        <source>Fill in both sides of this pair, or remove it.</source>
        <translation>Запоўні абодва бакі гэтай пары або выдалі яе.</translation>
    </message>
    <message>
        <source>Mark at least one answer as right.</source>
        <translation>Пазнач хаця б адзін адказ як правільны.</translation>
    </message>
    <message>
        <source>Write at least 2 answers.</source>
        <translation>Напішы хаця б 2 адказы.</translation>
    </message>
    <message>
        <source>Choose whether the statement is true or false.</source>
        <translation>Абяры, праўда гэтае сцвярджэнне ці няпраўда.</translation>
    </message>
    <message>
        <source>Write at least 3 steps.</source>
        <translation>Напішы хаця б 3 крокі.</translation>
    </message>
    <message>
        <source>Two steps read the same; make each one different.</source>
        <translation>Два крокі аднолькавыя; зрабі іх рознымі.</translation>
    </message>
    <message>
        <source>Write at least 3 pairs.</source>
        <translation>Напішы хаця б 3 пары.</translation>
    </message>
    <message>
        <source>Two pairs share the same words on one side; make each one different.</source>
        <translation>У дзвюх пар аднолькавыя словы з аднаго боку; зрабі іх рознымі.</translation>
    </message>
    <message>
        <source>Mark at least one part of the message as a red flag.</source>
        <translation>Пазнач хаця б адну частку паведамлення як трывожны сігнал.</translation>
    </message>
    <message>
        <source>Write the message, part by part.</source>
        <translation>Напішы паведамленне па частках.</translation>
    </message>
    <message>
        <source>Mark exactly one answer as right (now {count} are marked).</source>
        <translation>Пазнач роўна адзін правільны адказ (цяпер пазначана: {count}).</translation>
    </message>
    <message>
        <source>Spot the Trap</source>
        <translation>Распазнай пастку</translation>
    </message>
    <message>
        <source>Certificate of learning</source>
        <translation>Сертыфікат удзельніка</translation>
    </message>
    <message>
        <source>This is to say that</source>
        <translation>Гэты сертыфікат атрымлівае</translation>
    </message>
    <message>
        <source>A quiz champion</source>
        <translation>Сапраўдны знаўца</translation>
    </message>
    <message>
        <source>took part in the quiz</source>
        <translation>за ўдзел у тэсце</translation>
    </message>
    <message>
        <source>{right} of {asked} questions right</source>
        <translation>Правільна: {right} з {asked}</translation>
    </message>
    <message>
        <source>{right} of 1 question right</source>
        <translation>Правільна: {right} з 1</translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation>Што я цяпер ведаю</translation>
    </message>
    <message>
        <source>What I take away</source>
        <translation>Што я бяру з сабой</translation>
    </message>
    <message>
        <source>Traffickers exploit trust; every trick I can name is one that fails on me.</source>
        <translation>Гандляры людзьмі карыстаюцца даверам; кожная хітрасць, якую я магу назваць, на мне ўжо не спрацуе.</translation>
    </message>
    <message>
        <source>Whatever happens, it is never the fault of the person targeted.</source>
        <translation>Што б ні здарылася, той, каго спрабуюць падмануць, ніколі не вінаваты.</translation>
    </message>
    <message>
        <source>I know where to get help, and I can help a friend find it.</source>
        <translation>Я ведаю, дзе знайсці дапамогу, і магу дапамагчы сябру яе знайсці.</translation>
    </message>
    <message>
        <source>Learn. Act. Share.</source>
        <translation>Даведайся. Дзейнічай. Дзяліся.</translation>
    </message>
    <message>
        <source>Pass it on: tell a friend one thing you learnt today.</source>
        <translation>Перадай далей: раскажы сябру нешта новае з сённяшняга.</translation>
    </message>
    <message>
        <source>completed “{topic}”</source>
        <translation>тэст «{topic}» пройдзены</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правільна</translation>
    </message>
    <message>
        <source>I can spot the trap. Can you?</source>
        <translation>Я распазнаю пастку. А ты?</translation>
    </message>
    <message>
        <source>Every question I answered made me harder to trick.</source>
        <translation>З кожным адказам мяне ўсё цяжэй падмануць.</translation>
    </message>
    <message>
        <source>Learn · Act · Share</source>
        <translation>Даведайся · Дзейнічай · Дзяліся</translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>True</source>
        <translation>Праўда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Няпраўда</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Правільна!</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Часткова правільна</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Няправільна</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(няма адказу)</translation>
    </message>
    <message>
        <source>✓ You found:</source>
        <translation>✓ Знойдзена:</translation>
    </message>
    <message>
        <source>✗ You missed:</source>
        <translation>✗ Прапушчана:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чаму:</translation>
    </message>
    <message>
        <source>✗ Not a red flag:</source>
        <translation>✗ Не трывожны сігнал:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong, but your answers are saved. Please tell your facilitator; the details are in {log}.</source>
        <translation>Нешта пайшло не так, але твае адказы захаваныя. Скажы пра гэта вядучаму; падрабязнасці — у файле {log}.</translation>
    </message>
    <message>
        <source>The data folder cannot be used:
{error}</source>
        <translation>Не атрымліваецца выкарыстаць папку з данымі:
{error}</translation>
    </message>
</context>
<context>
    <name>CampResetPage</name>
    <message>
        <source>The folder {folder} does not exist. Type or choose another.</source>
        <translation>Папкі {folder} няма. Увядзіце або выберыце іншую.</translation>
    </message>
    <message>
        <source>The archive could not be saved: {error}</source>
        <translation>Не ўдалося захаваць архіў: {error}</translation>
    </message>
    <message>
        <source>Saved {file}: {profiles} profiles and {answers} answers, checked and readable.</source>
        <translation>Захавана: {file}. Профіляў: {profiles}, адказаў: {answers}; файл правераны і чытаецца.</translation>
    </message>
    <message>
        <source>Remove {profiles} profiles and {answers} answers from this laptop? Question banks, the PIN and the settings stay.</source>
        <translation>Выдаліць з гэтага ноўтбука ўсе профілі ({profiles}) і адказы ({answers})? Банкі пытанняў, PIN-код і налады застануцца.</translation>
    </message>
    <message>
        <source>An archive of them is saved to {folder} first; if it cannot be saved, nothing is removed.</source>
        <translation>Спачатку іх архіў будзе захаваны ў {folder}; калі захаваць яго не ўдасца, нічога не выдаліцца.</translation>
    </message>
    <message>
        <source>Yes, reset this laptop</source>
        <translation>Так, скінуць гэты ноўтбук</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Nothing was removed: the archive could not be saved (see above).</source>
        <translation>Нічога не выдалена: архіў не ўдалося захаваць (гл. вышэй).</translation>
    </message>
    <message>
        <source>Nothing was removed: {error}</source>
        <translation>Нічога не выдалена: {error}</translation>
    </message>
    <message>
        <source>Ready for the next group: {profiles} profiles and {answers} answers were removed.</source>
        <translation>Гатова для наступнай групы: выдалена профіляў — {profiles}, адказаў — {answers}.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Такога файла няма.</translation>
    </message>
    <message>
        <source>This is not a quizapp archive.</source>
        <translation>Гэта не архіў quizapp.</translation>
    </message>
    <message>
        <source>This file is refused: it holds something unexpected.</source>
        <translation>Гэты файл адхілены: у ім ёсць нешта нечаканае.</translation>
    </message>
    <message>
        <source>This archive is damaged.</source>
        <translation>Гэты архіў пашкоджаны.</translation>
    </message>
    <message>
        <source>This archive was made by a newer quizapp.</source>
        <translation>Гэты архіў створаны навейшай версіяй quizapp.</translation>
    </message>
    <message>
        <source>The data folder could not be written.</source>
        <translation>Не ўдалося запісаць у папку з данымі.</translation>
    </message>
    <message>
        <source>{lead} Nothing was changed. ({detail})</source>
        <translation>{lead} Нічога не зменена. ({detail})</translation>
    </message>
    <message>
        <source>Type or choose the archive (.zip) to restore.</source>
        <translation>Увядзіце або выберыце архіў (.zip) для аднаўлення.</translation>
    </message>
    <message>
        <source>The archive is good: made {when}, {profiles} profiles, {answers} answers.</source>
        <translation>Архіў у парадку: створаны {when}; профіляў: {profiles}, адказаў: {answers}.</translation>
    </message>
    <message>
        <source>Restoring replaces the {profiles} profiles and {answers} answers on this laptop with the archive&apos;s. A copy of them goes to the backups folder first.</source>
        <translation>Аднаўленне заменіць профілі ({profiles}) і адказы ({answers}) на гэтым ноўтбуку данымі з архіва. Спачатку іх копія будзе захавана ў папку рэзервовых копій.</translation>
    </message>
    <message>
        <source>Restore this archive</source>
        <translation>Аднавіць гэты архіў</translation>
    </message>
    <message>
        <source>Restored: {profiles} profiles and {answers} answers are back.</source>
        <translation>Адноўлена: профіляў — {profiles}, адказаў — {answers}.</translation>
    </message>
    <message>
        <source>End of camp</source>
        <translation>Канец змены</translation>
    </message>
    <message>
        <source>Carry the results home, then make the laptop ready for the next group.</source>
        <translation>Забярыце вынікі з сабой, потым падрыхтуйце ноўтбук для наступнай групы.</translation>
    </message>
    <message>
        <source>1. Save an archive</source>
        <translation>1. Захавайце архіў</translation>
    </message>
    <message>
        <source>One .zip file with everything: a copy of the scores database, every answer as a spreadsheet (CSV) and the group report. Save it to a USB stick.</source>
        <translation>Адзін файл .zip з усім: копія базы вынікаў, усе адказы ў выглядзе табліцы (CSV) і справаздача па групе. Захавайце яго на флэшку.</translation>
    </message>
    <message>
        <source>Save the archive</source>
        <translation>Захаваць архіў</translation>
    </message>
    <message>
        <source>Save an archive of all results</source>
        <translation>Захаваць архіў усіх вынікаў</translation>
    </message>
    <message>
        <source>2. Reset for the next group</source>
        <translation>2. Скід для наступнай групы</translation>
    </message>
    <message>
        <source>Removes every profile and answer, after saving an archive of them if none was saved here since they were played. Question banks, packs, the PIN and the settings stay.</source>
        <translation>Выдаляе ўсе профілі і адказы, але спачатку захоўвае іх архіў, калі пасля апошняй гульні архіў тут яшчэ не захоўвалі. Банкі пытанняў, пакеты, PIN-код і налады застаюцца.</translation>
    </message>
    <message>
        <source>Reset this laptop…</source>
        <translation>Скінуць гэты ноўтбук…</translation>
    </message>
    <message>
        <source>Remove every profile and answer</source>
        <translation>Выдаліць усе профілі і адказы</translation>
    </message>
    <message>
        <source>Restore an archive</source>
        <translation>Аднавіць архіў</translation>
    </message>
    <message>
        <source>Brings back the profiles and answers of an archive. It is checked in full first; if anything is wrong, nothing changes.</source>
        <translation>Вяртае профілі і адказы з архіва. Спачатку архіў цалкам правяраецца; калі нешта не так, нічога не мяняецца.</translation>
    </message>
    <message>
        <source>Archive file to restore</source>
        <translation>Файл архіва для аднаўлення</translation>
    </message>
    <message>
        <source>quizapp-archive-….zip</source>
        <translation>quizapp-archive-….zip</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Праверыць</translation>
    </message>
    <message>
        <source>Check the archive before restoring it</source>
        <translation>Праверыць архіў перад аднаўленнем</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>{name}: {right} of {asked} right in “{topic}”, {date}.</source>
        <translation>{name}: правільна {right} з {asked} у тэме «{topic}», {date}.</translation>
    </message>
    <message>
        <source>Result card: {words}</source>
        <translation>Картка выніку: {words}</translation>
    </message>
    <message>
        <source>Certificate: {words}</source>
        <translation>Сертыфікат: {words}</translation>
    </message>
    <message>
        <source>Save the result card</source>
        <translation>Захаваць картку выніку</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Малюнкі PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Захаваць сертыфікат</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Дакументы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The card is saved: {file}</source>
        <translation>Картка захавана: {file}</translation>
    </message>
    <message>
        <source>Certificate: {name}</source>
        <translation>Сертыфікат: {name}</translation>
    </message>
    <message>
        <source>The certificate is saved: {file}</source>
        <translation>Сертыфікат захаваны: {file}</translation>
    </message>
    <message>
        <source>It could not be saved there ({error}). Try another folder.</source>
        <translation>Туды захаваць не атрымалася ({error}). Паспрабуй іншую папку.</translation>
    </message>
    <message>
        <source>Back to my results</source>
        <translation>Да маіх вынікаў</translation>
    </message>
    <message>
        <source>Your card and certificate</source>
        <translation>Твая картка і сертыфікат</translation>
    </message>
    <message>
        <source>Save them, print them, share them: learn, act, share.</source>
        <translation>Захавай, раздрукуй, падзяліся: даведайся, дзейнічай, дзяліся.</translation>
    </message>
    <message>
        <source>Name on them</source>
        <translation>Імя на іх</translation>
    </message>
    <message>
        <source>Name on the card and the certificate</source>
        <translation>Імя на картцы і сертыфікаце</translation>
    </message>
    <message>
        <source>Result card (picture)</source>
        <translation>Картка выніку (малюнак)</translation>
    </message>
    <message>
        <source>Certificate (A4, to print)</source>
        <translation>Сертыфікат (A4, для друку)</translation>
    </message>
    <message>
        <source>Save card (PNG)…</source>
        <translation>Картка (PNG)…</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Сертыфікат (PDF)…</translation>
    </message>
    <message>
        <source>Save the card as a PNG</source>
        <translation>Захаваць картку ў PNG</translation>
    </message>
    <message>
        <source>Save the certificate as a PDF</source>
        <translation>Захаваць сертыфікат у PDF</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>a friend</source>
        <translation>сябар</translation>
    </message>
    <message>
        <source>Your challenge on “{topic}” is waiting for {friend}.</source>
        <translation>Твой выклік па тэме «{topic}» чакае суперніка: {friend}.</translation>
    </message>
    <message>
        <source>{count} questions ticked.</source>
        <translation>Пазначана пытанняў: {count}.</translation>
    </message>
    <message>
        <source>1 question ticked.</source>
        <translation>Пазначана 1 пытанне.</translation>
    </message>
    <message>
        <source>Sign in first, then challenge a friend.</source>
        <translation>Спачатку ўвайдзі, потым кідай выклік сябру.</translation>
    </message>
    <message>
        <source>Pick a topic first.</source>
        <translation>Спачатку абяры тэму.</translation>
    </message>
    <message>
        <source>Tick from {low} to {high} questions (now {count}).</source>
        <translation>Пазнач ад {low} да {high} пытанняў (цяпер пазначана: {count}).</translation>
    </message>
    <message>
        <source>Well played, {name}! Your score stays hidden until the end.</source>
        <translation>Выдатная гульня, {name}! Твой вынік схаваны да канца.</translation>
    </message>
    <message>
        <source>Pass the laptop to {friend}</source>
        <translation>Перадай ноўтбук. Чарга: {friend}</translation>
    </message>
    <message>
        <source>Pass the laptop to your friend</source>
        <translation>Перадай ноўтбук сябру</translation>
    </message>
    <message>
        <source>{friend}, you get the same {count} questions. Pick your name, or type it if you are new here.</source>
        <translation>{friend}, табе дастануцца тыя ж пытанні ({count}). Абяры сваё імя або напішы яго, калі ты тут упершыню.</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Сябар</translation>
    </message>
    <message>
        <source>That is the challenger&apos;s name. The friend plays as themselves.</source>
        <translation>Гэта імя таго, хто кінуў выклік. Сябар гуляе пад сваім імем.</translation>
    </message>
    <message>
        <source>Pick your name, or type it, then start.</source>
        <translation>Абяры сваё імя або напішы яго і пачынай.</translation>
    </message>
    <message>
        <source>That profile is gone; pick another name.</source>
        <translation>Гэтага профілю больш няма; абяры іншае імя.</translation>
    </message>
    <message>
        <source>A draw: {right} each! Two sharp minds.</source>
        <translation>Нічыя: па {right}! Абодва малайцы.</translation>
    </message>
    <message>
        <source>{name} wins this round!</source>
        <translation>У гэтым раўндзе перамагае {name}!</translation>
    </message>
    <message>
        <source>You both got {both} of {total} right. Talk about the ones one of you missed: that is how a trick stops working.</source>
        <translation>Вы абодва адказалі правільна на {both} з {total}. Абмяркуйце пытанні, дзе нехта памыліўся: так хітрасць перастае працаваць.</translation>
    </message>
    <message>
        <source>{name}: {right} right out of {total}</source>
        <translation>{name}: правільна {right} з {total}</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Пераможца</translation>
    </message>
    <message>
        <source>★ Winner</source>
        <translation>★ Пераможца</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Пытанне</translation>
    </message>
    <message>
        <source>–  not answered</source>
        <translation>–  няма адказу</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ правільна</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ памылка</translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>Да тэм</translation>
    </message>
    <message>
        <source>Challenge a friend</source>
        <translation>Выклік сябру</translation>
    </message>
    <message>
        <source>Pick the questions and play them first. Then pass the laptop: your friend plays the very same ones, and you compare scores.</source>
        <translation>Абяры пытанні і згуляй першым. Потым перадай ноўтбук: сябар адкажа на тыя ж самыя пытанні, і вы параўнаеце вынікі.</translation>
    </message>
    <message>
        <source>Pass it on now</source>
        <translation>Перадаць зараз</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Topic of the challenge</source>
        <translation>Тэма выкліку</translation>
    </message>
    <message>
        <source>How many questions</source>
        <translation>Колькі пытанняў</translation>
    </message>
    <message>
        <source>How many questions to pick at random</source>
        <translation>Колькі пытанняў выбраць выпадкова</translation>
    </message>
    <message>
        <source>Pick others at random</source>
        <translation>Выбраць іншыя выпадкова</translation>
    </message>
    <message>
        <source>The questions (tick or untick to change them)</source>
        <translation>Пытанні (пазнач або здымі адзнаку, каб змяніць набор)</translation>
    </message>
    <message>
        <source>Questions of the challenge; Space ticks or unticks one</source>
        <translation>Пытанні выкліку; прабел ставіць або здымае адзнаку</translation>
    </message>
    <message>
        <source>Who do you challenge? (optional)</source>
        <translation>Каму кідаеш выклік? (неабавязкова)</translation>
    </message>
    <message>
        <source>Your friend&apos;s name (optional)</source>
        <translation>Імя сябра (неабавязкова)</translation>
    </message>
    <message>
        <source>Your friend&apos;s name</source>
        <translation>Імя сябра</translation>
    </message>
    <message>
        <source>Play my turn</source>
        <translation>Згуляць свой ход</translation>
    </message>
    <message>
        <source>Start: I play first</source>
        <translation>Пачаць: я гуляю першым</translation>
    </message>
    <message>
        <source>Already here? Pick your name</source>
        <translation>Ужо ёсць профіль? Абяры сваё імя</translation>
    </message>
    <message>
        <source>Profiles on this laptop</source>
        <translation>Профілі на гэтым ноўтбуку</translation>
    </message>
    <message>
        <source>New here? Type your name</source>
        <translation>Ты тут упершыню? Напішы сваё імя</translation>
    </message>
    <message>
        <source>Your name, if you are new here</source>
        <translation>Тваё імя, калі ты тут упершыню</translation>
    </message>
    <message>
        <source>Start my turn</source>
        <translation>Пачаць мой ход</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Not now: back to the topics</source>
        <translation>Не зараз: назад да тэм</translation>
    </message>
    <message>
        <source>Challenge result</source>
        <translation>Вынік выкліку</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Па пытаннях</translation>
    </message>
    <message>
        <source>See my answers</source>
        <translation>Паглядзець мае адказы</translation>
    </message>
    <message>
        <source>The topic of this challenge is not here any more.</source>
        <translation>Тэмы гэтага выкліку тут больш няма.</translation>
    </message>
</context>
<context>
    <name>ChoiceQuestionWidget</name>
    <message>
        <source>Answer {number}: {text}</source>
        <translation>Адказ {number}: {text}</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose · Enter check</source>
        <translation>Клавішы: 1–9 — выбраць · Enter — праверыць</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Абяры ўсе адказы, якія падыходзяць.</translation>
    </message>
    <message>
        <source>Is it true or false?</source>
        <translation>Гэта праўда ці няпраўда?</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Абяры адзін адказ.</translation>
    </message>
    <message>
        <source>Choose at least one answer first.</source>
        <translation>Спачатку абяры хаця б адзін адказ.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Спачатку абяры адказ.</translation>
    </message>
    <message>
        <source>Your answer: right</source>
        <translation>Твой адказ: правільна</translation>
    </message>
    <message>
        <source>This one is right too</source>
        <translation>Гэты таксама правільны</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Правільны адказ</translation>
    </message>
    <message>
        <source>Your answer: not right</source>
        <translation>Твой адказ: няправільна</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Answer {number}</source>
        <translation>Адказ {number}</translation>
    </message>
    <message>
        <source>{item}: its text</source>
        <translation>{item}: тэкст</translation>
    </message>
    <message>
        <source>Write an answer</source>
        <translation>Напішы адказ</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Правільны адказ</translation>
    </message>
    <message>
        <source>{item} is right</source>
        <translation>{item} — правільны</translation>
    </message>
    <message>
        <source>{item}: what to say if someone picks it (optional)</source>
        <translation>{item}: што сказаць, калі яго выберуць (неабавязкова)</translation>
    </message>
    <message>
        <source>What to say if someone picks it (optional)</source>
        <translation>Што сказаць, калі яго выберуць (неабавязкова)</translation>
    </message>
    <message>
        <source>Tick every right answer; at least one.</source>
        <translation>Пазнач усе правільныя адказы, хаця б адзін.</translation>
    </message>
    <message>
        <source>Tick the one right answer.</source>
        <translation>Пазнач адзін правільны адказ.</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Дадаць адказ</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>A new topic</source>
        <translation>Новая тэма</translation>
    </message>
    <message>
        <source>{title} ({count} questions)</source>
        <translation>{title} (пытанняў: {count})</translation>
    </message>
    <message>
        <source>{title} (1 question)</source>
        <translation>{title} (1 пытанне)</translation>
    </message>
    <message>
        <source>This topic cannot be opened: {problem}</source>
        <translation>Гэтую тэму не атрымліваецца адкрыць: {problem}</translation>
    </message>
    <message>
        <source>{number}. {prompt} ({kind})</source>
        <translation>{number}. {prompt} ({kind})</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Пытанне {number}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Захаваць змены</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Новае пытанне</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Захаваць пытанне</translation>
    </message>
    <message>
        <source>The preview appears when the question is complete.</source>
        <translation>Папярэдні прагляд з&apos;явіцца, калі пытанне будзе гатовае.</translation>
    </message>
    <message>
        <source>Give your topic a title.</source>
        <translation>Прыдумай назву для сваёй тэмы.</translation>
    </message>
    <message>
        <source>Not saved yet: mend the marked fields and save again.</source>
        <translation>Пакуль не захавана: выправі пазначаныя палі і захавай зноў.</translation>
    </message>
    <message>
        <source>Not saved yet: mend the marked field and save again.</source>
        <translation>Пакуль не захавана: выправі пазначанае поле і захавай зноў.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не захавана: {problems}</translation>
    </message>
    <message>
        <source>The topic could not be saved ({error}). Nothing was changed.</source>
        <translation>Не ўдалося захаваць тэму ({error}). Нічога не змянілася.</translation>
    </message>
    <message>
        <source>Saved. “{title}” now has {count} questions and is on the home page. Write another one, or share the topic.</source>
        <translation>Захавана. У тэме «{title}» цяпер пытанняў: {count}, яна ёсць на галоўнай старонцы. Напішы яшчэ адно пытанне або падзяліся тэмай.</translation>
    </message>
    <message>
        <source>Saved. “{title}” has its first question and is on the home page. Write another one, or share the topic.</source>
        <translation>Захавана. У тэме «{title}» з&apos;явілася першае пытанне, яна ёсць на галоўнай старонцы. Напішы яшчэ адно або падзяліся тэмай.</translation>
    </message>
    <message>
        <source>A topic needs at least one question. Write another before deleting this.</source>
        <translation>У тэме павінна быць хаця б адно пытанне. Напішы яшчэ адно, перш чым выдаляць гэтае.</translation>
    </message>
    <message>
        <source>Delete question {number} from this topic?</source>
        <translation>Выдаліць пытанне {number} з гэтай тэмы?</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Пакінуць</translation>
    </message>
    <message>
        <source>The question was deleted.</source>
        <translation>Пытанне выдалена.</translation>
    </message>
    <message>
        <source>The question you are writing has changes that are not saved. Leave them?</source>
        <translation>У пытанні, якое ты пішаш, ёсць незахаваныя змены. Выйсці без іх?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Выйсці без захавання</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Працягнуць пісаць</translation>
    </message>
    <message>
        <source>Your topic is ready to share: save it as a pack file, and a friend&apos;s laptop can add it. Or challenge a friend to play it here.</source>
        <translation>Твая тэма гатовая: захавай яе ў файл-пакет, і яе можна будзе дадаць на ноўтбук сябра. Або кінь сябру выклік і дай згуляць у яе тут.</translation>
    </message>
    <message>
        <source>Write your own questions</source>
        <translation>Напішы свае пытанні</translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>Да тэм</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Which topic to write for</source>
        <translation>Для якой тэмы пісаць</translation>
    </message>
    <message>
        <source>Or import a GIFT or Aiken file…</source>
        <translation>Або імпартуй файл GIFT або Aiken…</translation>
    </message>
    <message>
        <source>Import questions from a GIFT or Aiken file</source>
        <translation>Імпартаваць пытанні з файла GIFT або Aiken</translation>
    </message>
    <message>
        <source>Title of the topic</source>
        <translation>Назва тэмы</translation>
    </message>
    <message>
        <source>For example: Job offers that are too good</source>
        <translation>Напрыклад: Занадта добрыя прапановы працы</translation>
    </message>
    <message>
        <source>One line about it (optional)</source>
        <translation>Адзін радок пра яе (неабавязкова)</translation>
    </message>
    <message>
        <source>One line about the topic (optional)</source>
        <translation>Адзін радок пра тэму (неабавязкова)</translation>
    </message>
    <message>
        <source>Questions in this topic</source>
        <translation>Пытанні ў гэтай тэме</translation>
    </message>
    <message>
        <source>Questions in this topic; choose one to change it</source>
        <translation>Пытанні ў гэтай тэме; абяры пытанне, каб змяніць яго</translation>
    </message>
    <message>
        <source>No questions yet. Write the first one below and save it.</source>
        <translation>Пытанняў пакуль няма. Напішы першае ніжэй і захавай яго.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новае пытанне</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Выдаліць пытанне</translation>
    </message>
    <message>
        <source>Saving checks the question; anything to mend is marked in red.</source>
        <translation>Пры захаванні пытанне правяраецца; усё, што трэба выправіць, пазначаецца чырвоным.</translation>
    </message>
    <message>
        <source>Preview: how it looks in the quiz</source>
        <translation>Папярэдні прагляд: як гэта выглядае ў тэсце</translation>
    </message>
    <message>
        <source>Answer it here and press “Try it” to test it.</source>
        <translation>Адкажы тут і націсні «Праверыць», каб выпрабаваць пытанне.</translation>
    </message>
    <message>
        <source>Share this topic…</source>
        <translation>Падзяліцца тэмай…</translation>
    </message>
</context>
<context>
    <name>FacilitatorArea</name>
    <message>
        <source>The PIN is set. Keep it from the students; if it is forgotten, “quizapp facilitator reset-pin” clears it.</source>
        <translation>PIN-код зададзены. Не паказвайце яго ўдзельнікам; калі яго забудуць, каманда «quizapp facilitator reset-pin» яго скіне.</translation>
    </message>
    <message>
        <source>These banks have no questions to ask.</source>
        <translation>У гэтых банках няма пытанняў.</translation>
    </message>
    <message>
        <source>The session is over. Facilitator: type the PIN to go on.</source>
        <translation>Занятак скончаны. Вядучаму: увядзіце PIN-код, каб працягнуць.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Для вядучага</translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation>Занятак</translation>
    </message>
    <message>
        <source>Set up and run a session</source>
        <translation>Наладзіць і правесці занятак</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Справаздача</translation>
    </message>
    <message>
        <source>What the group missed</source>
        <translation>У чым памылілася група</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профілі</translation>
    </message>
    <message>
        <source>Rename, delete or merge profiles</source>
        <translation>Перайменаваць, выдаліць або аб&apos;яднаць профілі</translation>
    </message>
    <message>
        <source>Question packs</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Install a question pack</source>
        <translation>Усталяваць пакет пытанняў</translation>
    </message>
    <message>
        <source>End of camp</source>
        <translation>Канец змены</translation>
    </message>
    <message>
        <source>Archive, reset or restore</source>
        <translation>Архіў, скід або аднаўленне</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <source>Lock the facilitator area and go back to the students</source>
        <translation>Закрыць раздзел для вядучага і вярнуцца да ўдзельнікаў</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Why</source>
        <translation>Чаму так</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Правільны адказ</translation>
    </message>
    <message>
        <source>The red flags in this message</source>
        <translation>Трывожныя сігналы ў гэтым паведамленні</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберыце файл</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбраць файл</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Save files in</source>
        <translation>Захоўваць файлы ў</translation>
    </message>
    <message>
        <source>Folder that files are saved in</source>
        <translation>Папка, у якую захоўваюцца файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>Choose the folder that files are saved in</source>
        <translation>Выбраць папку для захавання файлаў</translation>
    </message>
</context>
<context>
    <name>GroupReportModel</name>
    <message>
        <source>{percent}% right ({right} of {answered})</source>
        <translation>{percent}% правільна ({right} з {answered})</translation>
    </message>
    <message>
        <source>{right} of {answered} answers right, from {students} students</source>
        <translation>Правільных адказаў: {right} з {answered}; удзельнікаў: {students}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Пытанне</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Адказаў</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правільна</translation>
    </message>
</context>
<context>
    <name>GroupReportPage</name>
    <message>
        <source>All kinds of play</source>
        <translation>Усе рэжымы</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Тэсты</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Паўтарэнне</translation>
    </message>
    <message>
        <source>Challenge a friend</source>
        <translation>Выклік сябру</translation>
    </message>
    <message>
        <source>Facilitator sessions</source>
        <translation>Заняткі з вядучым</translation>
    </message>
    <message>
        <source>No answers match this filter yet.</source>
        <translation>Пад гэты фільтр пакуль не падыходзіць ніводзін адказ.</translation>
    </message>
    <message>
        <source>Question {id} of {bank} (the bank is not on this laptop)</source>
        <translation>Пытанне {id} з банка {bank} (гэтага банка няма на ноўтбуку)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Type or choose another.</source>
        <translation>Папкі {folder} няма. Увядзіце або выберыце іншую.</translation>
    </message>
    <message numerus="yes">
        <source>%n times: {answer}</source>
        <translation>
            <numerusform>%n раз: {answer}</numerusform>
            <numerusform>%n разы: {answer}</numerusform>
            <numerusform>%n разоў: {answer}</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {players} · {topics}</source>
        <translation>{when}: {players} · {topics}</translation>
    </message>
    <message>
        <source>{answers} from {students} on {questions}: {percent}% right.</source>
        <translation>{answers}, {students}, {questions}. Правільна: {percent}%.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n адказ</numerusform>
            <numerusform>%n адказы</numerusform>
            <numerusform>%n адказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n удзельнік</numerusform>
            <numerusform>%n удзельнікі</numerusform>
            <numerusform>%n удзельнікаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n пытанне</numerusform>
            <numerusform>%n пытанні</numerusform>
            <numerusform>%n пытанняў</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% right: {right} of {answered}, from {students}</source>
        <translation>Правільна {percent}%: {right} з {answered}; {students}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <comment>of a question</comment>
        <translation>
            <numerusform>%n адказу</numerusform>
            <numerusform>%n адказаў</numerusform>
            <numerusform>%n адказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students</source>
        <comment>from whom</comment>
        <translation>
            <numerusform>%n удзельнік</numerusform>
            <numerusform>%n удзельнікі</numerusform>
            <numerusform>%n удзельнікаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n other answers</source>
        <translation>
            <numerusform>… і яшчэ %n адказ</numerusform>
            <numerusform>… і яшчэ %n адказы</numerusform>
            <numerusform>… і яшчэ %n адказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {file}: %n questions.</source>
        <translation>
            <numerusform>Захавана ў {file}: %n пытанне.</numerusform>
            <numerusform>Захавана ў {file}: %n пытанні.</numerusform>
            <numerusform>Захавана ў {file}: %n пытанняў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Справаздача па групе</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>не ўдалося запісаць PDF</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Не атрымліваецца запісаць {file}: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Захавана: {file}.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>з {first} па {last}</translation>
    </message>
    <message>
        <source>every answer on this laptop</source>
        <translation>усе адказы на гэтым ноўтбуку</translation>
    </message>
    <message>
        <source>Covers: {what}</source>
        <translation>Ахоп: {what}</translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation>Складзена {when}</translation>
    </message>
    <message>
        <source>Questions, the most missed first</source>
        <translation>Пытанні: спачатку тыя, дзе больш за ўсё памылак</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Пытанне</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Адказаў</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правільна</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раўнды</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Усе даты</translation>
    </message>
    <message>
        <source>Report on all dates</source>
        <translation>Справаздача за ўсе даты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Першы дзень справаздачы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>па</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Апошні дзень справаздачы</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Рэжым</translation>
    </message>
    <message>
        <source>Kind of play to report on</source>
        <translation>Рэжым для справаздачы</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Пытанні</translation>
    </message>
    <message>
        <source>Show the report per question</source>
        <translation>Паказаць справаздачу па пытаннях</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Show the report per student</source>
        <translation>Паказаць справаздачу па ўдзельніках</translation>
    </message>
    <message>
        <source>Questions the group answered, the most missed first, with the percent right</source>
        <translation>Пытанні, на якія адказвала група: спачатку тыя, дзе больш за ўсё памылак, з працэнтам правільных адказаў</translation>
    </message>
    <message>
        <source>Each student&apos;s answers and percent right</source>
        <translation>Адказы кожнага ўдзельніка і працэнт правільных</translation>
    </message>
    <message>
        <source>No answers to report yet. They appear here as soon as students play.</source>
        <translation>Пакуль няма адказаў для справаздачы. Яны з&apos;явяцца тут, як толькі ўдзельнікі пачнуць гуляць.</translation>
    </message>
    <message>
        <source>Choose a question (arrows, or click) to see it here with its explanation.</source>
        <translation>Выберыце пытанне (стрэлкамі або пстрычкай), каб убачыць яго тут з тлумачэннем.</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Правільны адказ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму так</translation>
    </message>
    <message>
        <source>What the group chose</source>
        <translation>Што выбірала група</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Захаваць у CSV</translation>
    </message>
    <message>
        <source>Save the report as a CSV spreadsheet</source>
        <translation>Захаваць справаздачу як табліцу CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Захаваць у PDF</translation>
    </message>
    <message>
        <source>Save the report as a PDF to print</source>
        <translation>Захаваць справаздачу ў PDF для друку</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>A help file could not be read, so another one is shown. Please tell your facilitator:
{lines}</source>
        <translation>Адзін файл дапамогі не ўдалося прачытаць, таму паказаны іншы. Скажы пра гэта вядучаму:
{lines}</translation>
    </message>
    <message>
        <source>The help file could not be read. Please tell your facilitator:
{lines}</source>
        <translation>Файл дапамогі не ўдалося прачытаць. Скажы пра гэта вядучаму:
{lines}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Дзе знайсці дапамогу</translation>
    </message>
    <message>
        <source>Whatever has happened, it is never your fault. Talk to your facilitator or another adult you trust, today.</source>
        <translation>Што б ні здарылася, у гэтым ніколі няма тваёй віны. Пагавары з вядучым або іншым дарослым, якому давяраеш, — ужо сёння.</translation>
    </message>
    <message>
        <source>Who you can contact</source>
        <translation>Да каго можна звярнуцца</translation>
    </message>
    <message>
        <source>For facilitators</source>
        <translation>Для вядучых</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Checked by your facilitator</source>
        <translation>Праверана вядучым</translation>
    </message>
    <message>
        <source>Not checked yet: ask your facilitator whether it works before you rely on it</source>
        <translation>Яшчэ не праверана: перш чым на гэта разлічваць, спытай у вядучага, ці працуе гэты кантакт</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Крыніца: {source}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Вярнуцца на папярэднюю старонку</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>1 question</source>
        <translation>1 пытанне</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n пытанне</numerusform>
            <numerusform>%n пытанні</numerusform>
            <numerusform>%n пытанняў</numerusform>
        </translation>
    </message>
    <message>
        <source>Best: {right} / {asked}</source>
        <translation>Рэкорд: {right} / {asked}</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Пакуль без спроб</translation>
    </message>
    <message>
        <source>✓ Chosen</source>
        <translation>✓ Абрана</translation>
    </message>
    <message>
        <source>You have a quiz in progress: {title}. {done} of {total} answered.</source>
        <translation>У цябе ёсць незавершаны тэст: {title}. Адказана: {done} з {total}.</translation>
    </message>
    <message numerus="yes">
        <source>Questions you missed come back until you know them. %n are waiting for you.</source>
        <translation>
            <numerusform>Пытанні з памылкамі вяртаюцца, пакуль ты іх не вывучыш. Цябе чакае %n пытанне.</numerusform>
            <numerusform>Пытанні з памылкамі вяртаюцца, пакуль ты іх не вывучыш. Цябе чакаюць %n пытанні.</numerusform>
            <numerusform>Пытанні з памылкамі вяртаюцца, пакуль ты іх не вывучыш. Цябе чакаюць %n пытанняў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions you missed come back until you know them. One is waiting for you.</source>
        <translation>Пытанні з памылкамі вяртаюцца, пакуль ты іх не вывучыш. Цябе чакае адно пытанне.</translation>
    </message>
    <message>
        <source>Practice: questions from several topics</source>
        <translation>Паўтарэнне: пытанні з розных тэм</translation>
    </message>
    <message>
        <source>Write questions</source>
        <translation>Напісаць пытанні</translation>
    </message>
    <message>
        <source>Write your own questions</source>
        <translation>Напішы свае пытанні</translation>
    </message>
    <message>
        <source>Challenge a friend</source>
        <translation>Выклік сябру</translation>
    </message>
    <message>
        <source>Challenge a friend on this laptop</source>
        <translation>Кінь выклік сябру на гэтым ноўтбуку</translation>
    </message>
    <message>
        <source>Share topics</source>
        <translation>Падзяліцца тэмамі</translation>
    </message>
    <message>
        <source>Share topics as a pack file</source>
        <translation>Падзяліцца тэмамі ў файле-пакеце</translation>
    </message>
    <message>
        <source>Pick a topic from the list first.</source>
        <translation>Спачатку абяры тэму са спісу.</translation>
    </message>
    <message>
        <source>This topic could not be opened. Pick another one.</source>
        <translation>Гэтую тэму не ўдалося адкрыць. Абяры іншую.</translation>
    </message>
    <message>
        <source>Hi, {name}!</source>
        <translation>Прывітанне, {name}!</translation>
    </message>
    <message>
        <source>Hi!</source>
        <translation>Прывітанне!</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Мой прагрэс</translation>
    </message>
    <message>
        <source>My progress: streak, topics, best scores and past quizzes</source>
        <translation>Мой прагрэс: серыя дзён, тэмы, рэкорды і мінулыя тэсты</translation>
    </message>
    <message>
        <source>Pick a topic and start a quiz. Every answer teaches you a trick to spot.</source>
        <translation>Абяры тэму і пачні тэст. Кожны адказ вучыць заўважаць новую хітрасць.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <source>Topics; choose one, then press Enter to start</source>
        <translation>Тэмы: абяры адну і націсні Enter, каб пачаць</translation>
    </message>
    <message>
        <source>No topics could be loaded. Ask your facilitator to check the question banks.</source>
        <translation>Не ўдалося загрузіць ніводнай тэмы. Папрасі вядучага праверыць банкі пытанняў.</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Пачаць тэст</translation>
    </message>
    <message>
        <source>Start a quiz on the chosen topic</source>
        <translation>Пачаць тэст па абранай тэме</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <source>Carry on with the quiz in progress</source>
        <translation>Працягнуць незавершаны тэст</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Пачаць нанова</translation>
    </message>
    <message>
        <source>Close the quiz in progress; your answers stay saved</source>
        <translation>Закрыць незавершаны тэст; твае адказы застануцца захаванымі</translation>
    </message>
    <message>
        <source>Practise weak spots</source>
        <translation>Паўтарыць слабыя месцы</translation>
    </message>
    <message>
        <source>Practise the questions I missed before</source>
        <translation>Паўтарыць пытанні, у якіх былі памылкі</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Дзе знайсці дапамогу</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <source>Sign out, so the next person can pick their name</source>
        <translation>Выйсці, каб наступны мог абраць сваё імя</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>The picture for this question could not be shown.</source>
        <translation>Не ўдалося паказаць малюнак да гэтага пытання.</translation>
    </message>
    <message>
        <source>Picture for this question</source>
        <translation>Малюнак да пытання</translation>
    </message>
</context>
<context>
    <name>ImportQuestionsPage</name>
    <message>
        <source>Choose a GIFT or Aiken file</source>
        <translation>Абяры файл GIFT або Aiken</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.aiken);;All files (*)</source>
        <translation>Файлы з пытаннямі (*.gift *.txt *.aiken);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>“{title}”: {count} questions carried over from {file} ({format}).</source>
        <translation>«{title}»: перанесена пытанняў з {file} ({format}): {count}.</translation>
    </message>
    <message>
        <source>“{title}”: 1 question carried over from {file} ({format}).</source>
        <translation>«{title}»: перанесена 1 пытанне з {file} ({format}).</translation>
    </message>
    <message>
        <source>{count} had no explanation; they say “{placeholder}” until someone writes one (open the topic in “Write your own questions”): {ids}</source>
        <translation>Без тлумачэння: {count}; пакуль яго ніхто не напіша, там стаіць «{placeholder}» (адкрый тэму ў раздзеле «Напішы свае пытанні»): {ids}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… і яшчэ {count}</translation>
    </message>
    <message>
        <source>Not carried over ({count})</source>
        <translation>Не перанесена ({count})</translation>
    </message>
    <message>
        <source>Everything in the file was carried over.</source>
        <translation>Усё з файла перанесена.</translation>
    </message>
    <message>
        <source>This file could not be imported: {reason}</source>
        <translation>Гэты файл не атрымалася імпартаваць: {reason}</translation>
    </message>
    <message>
        <source>This file could not be read: {reason}</source>
        <translation>Гэты файл не атрымалася прачытаць: {reason}</translation>
    </message>
    <message>
        <source>This file could not be imported because of an unexpected problem.</source>
        <translation>Гэты файл не імпартаваны з-за нечаканай памылкі.</translation>
    </message>
    <message>
        <source>A topic with the id “{id}” is here already; convert the file again.</source>
        <translation>Тэма з ідэнтыфікатарам «{id}» ужо ёсць; пераўтвары файл нанова.</translation>
    </message>
    <message>
        <source>The topic could not be saved ({error}).</source>
        <translation>Не ўдалося захаваць тэму ({error}).</translation>
    </message>
    <message>
        <source>Saved. “{title}” is on the home page now.</source>
        <translation>Захавана. Тэма «{title}» ужо на галоўнай старонцы.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Import questions from GIFT or Aiken</source>
        <translation>Імпарт пытанняў з GIFT або Aiken</translation>
    </message>
    <message>
        <source>Questions exported from Moodle (GIFT) or written in Aiken become a topic. You see them, and what could not be carried over, before anything is saved.</source>
        <translation>Пытанні, выгружаныя з Moodle (GIFT) або запісаныя ў фармаце Aiken, становяцца тэмай. Яшчэ да захавання ты ўбачыш іх і тое, што перанесці не ўдалося.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбраць файл…</translation>
    </message>
    <message>
        <source>Choose a question file</source>
        <translation>Выбраць файл з пытаннямі</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Фармат файла</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Вызначыць па файле</translation>
    </message>
    <message>
        <source>GIFT (Moodle)</source>
        <translation>GIFT (Moodle)</translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Мова пытанняў</translation>
    </message>
    <message>
        <source>Title of the topic (optional)</source>
        <translation>Назва тэмы (неабавязкова)</translation>
    </message>
    <message>
        <source>Convert again with these choices</source>
        <translation>Пераўтварыць нанова з гэтымі наладамі</translation>
    </message>
    <message>
        <source>The questions, as the quiz shows them</source>
        <translation>Пытанні — так, як іх пакажа тэст</translation>
    </message>
    <message>
        <source>Converted questions; choose one to see it</source>
        <translation>Пераўтвораныя пытанні; абяры пытанне, каб паглядзець яго</translation>
    </message>
    <message>
        <source>Save as a topic</source>
        <translation>Захаваць як тэму</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>in English</source>
        <translation>па-англійску</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>па-руску</translation>
    </message>
    <message>
        <source>in Belarusian</source>
        <translation>па-беларуску</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>мова: {language}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтэрфейсу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>One question bank file has problems, so it is left out.</source>
        <translation>У адным файле з пытаннямі ёсць памылкі, таму ён прапушчаны.</translation>
    </message>
    <message numerus="yes">
        <source>%n question bank files have problems, so they are left out.</source>
        <translation>
            <numerusform>%n файл з пытаннямі мае памылкі і прапушчаны.</numerusform>
            <numerusform>%n файлы з пытаннямі маюць памылкі і прапушчаныя.</numerusform>
            <numerusform>%n файлаў з пытаннямі маюць памылкі і прапушчаныя.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other topics work as usual. Details are for your facilitator.</source>
        <translation>Астатнія тэмы працуюць як звычайна. Падрабязнасці — для вядучага.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… і яшчэ {count}</translation>
    </message>
    <message>
        <source>Spot the Trap</source>
        <translation>Распазнай пастку</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Павялічыць тэкст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Паменшыць тэкст</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Звычайны памер тэксту</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокі кантраст</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Поўны экран</translation>
    </message>
</context>
<context>
    <name>MatchQuestionWidget</name>
    <message>
        <source>Choose its partner…</source>
        <translation>Абяры пару…</translation>
    </message>
    <message>
        <source>Partner for: {item}</source>
        <translation>Пара для: {item}</translation>
    </message>
    <message>
        <source>Keys: Tab next item · ↑/↓ choose its partner · Enter check</source>
        <translation>Клавішы: Tab — наступны пункт · ↑/↓ — выбраць пару · Enter — праверыць</translation>
    </message>
    <message>
        <source>Pick the partner of each item from its list.</source>
        <translation>Для кожнага пункта абяры пару са спісу.</translation>
    </message>
    <message>
        <source>Pick a partner for every item first.</source>
        <translation>Спачатку абяры пару для кожнага пункта.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правільна</translation>
    </message>
    <message>
        <source>Not right. Its partner is: {right}</source>
        <translation>Няправільна. Правільная пара: {right}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Падрабязней</translation>
    </message>
    <message>
        <source>Show the details of this notice</source>
        <translation>Паказаць падрабязнасці</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Схаваць</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Схаваць гэтае паведамленне</translation>
    </message>
</context>
<context>
    <name>OrderQuestionWidget</name>
    <message>
        <source>Move up</source>
        <translation>Вышэй</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Перамясціць абраны крок вышэй (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ніжэй</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Перамясціць абраны крок ніжэй (Alt+Down)</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ select · Alt+↑/↓ move · Enter check</source>
        <translation>Клавішы: ↑/↓ — выбраць · Alt+↑/↓ — перамясціць · Enter — праверыць</translation>
    </message>
    <message>
        <source>Drag the steps into the right order, or select one and press Alt+Up / Alt+Down.</source>
        <translation>Расстаў крокі ў правільным парадку: перацягвай іх або абяры крок і націскай Alt+Up / Alt+Down.</translation>
    </message>
    <message>
        <source>In the right place</source>
        <translation>На сваім месцы</translation>
    </message>
    <message>
        <source>Belongs in place {number}</source>
        <translation>Павінен быць на месцы {number}</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Step in place {position} of {total}: {text}</source>
        <translation>Крок на месцы {position} з {total}: {text}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>yours</source>
        <translation>твая</translation>
    </message>
    <message>
        <source>comes with the app</source>
        <translation>убудавана ў праграму</translation>
    </message>
    <message>
        <source>{title} — {count} questions, {where}</source>
        <translation>{title} — пытанняў: {count}, {where}</translation>
    </message>
    <message>
        <source>Tick at least one topic first.</source>
        <translation>Спачатку пазнач хаця б адну тэму.</translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Захаваць пакет</translation>
    </message>
    <message>
        <source>Quiz packs (*.quizpack)</source>
        <translation>Пакеты тэстаў (*.quizpack)</translation>
    </message>
    <message>
        <source>Saving the pack…</source>
        <translation>Захоўваю пакет…</translation>
    </message>
    <message>
        <source>Saved {count} topics to {file}.</source>
        <translation>Захавана тэм: {count}, файл: {file}.</translation>
    </message>
    <message>
        <source>Saved 1 topic to {file}.</source>
        <translation>Захавана 1 тэма, файл: {file}.</translation>
    </message>
    <message>
        <source>Pictures included: {count}.</source>
        <translation>Малюнкаў у пакеце: {count}.</translation>
    </message>
    <message>
        <source>Copy it to a USB stick; a facilitator can add it on another laptop.</source>
        <translation>Скапіруй яго на флэшку: вядучы зможа дадаць яго на іншым ноўтбуку.</translation>
    </message>
    <message>
        <source>The pack was not saved: {reason}</source>
        <translation>Пакет не захаваны: {reason}</translation>
    </message>
    <message>
        <source>The pack was not saved because of an unexpected problem.</source>
        <translation>Пакет не захаваны з-за нечаканай памылкі.</translation>
    </message>
    <message>
        <source>Choose a pack</source>
        <translation>Абяры пакет</translation>
    </message>
    <message>
        <source>Quiz packs (*.quizpack);;All files (*)</source>
        <translation>Пакеты тэстаў (*.quizpack);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Step 1 of 3: checking every file in the pack…</source>
        <translation>Крок 1 з 3: правяраю кожны файл у пакеце…</translation>
    </message>
    <message>
        <source>Nothing to install: these topics are already here.</source>
        <translation>Усталёўваць няма чаго: гэтыя тэмы ўжо ёсць.</translation>
    </message>
    <message>
        <source>Step 2 of 3: read what the pack will do, then decide.</source>
        <translation>Крок 2 з 3: прачытай, што зробіць пакет, і вырашы.</translation>
    </message>
    <message>
        <source>This pack updates topics this laptop already has (see above). Students&apos; answers and scores stay. Update them?</source>
        <translation>Гэты пакет абновіць тэмы, якія ўжо ёсць на ноўтбуку (гл. вышэй). Адказы і вынікі ўдзельнікаў захаваюцца. Абнавіць?</translation>
    </message>
    <message>
        <source>Yes, update</source>
        <translation>Так, абнавіць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Install these topics?</source>
        <translation>Усталяваць гэтыя тэмы?</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Усталяваць</translation>
    </message>
    <message>
        <source>Pack “{title}” by {author}, made {date}:</source>
        <translation>Пакет «{title}», аўтар: {author}, створаны {date}:</translation>
    </message>
    <message>
        <source>Pack “{title}”, made {date}:</source>
        <translation>Пакет «{title}», створаны {date}:</translation>
    </message>
    <message>
        <source>• Update “{title}” from version {old} to {new} ({languages}, {count} questions).</source>
        <translation>• Абнавіць «{title}» з версіі {old} да {new} ({languages}; пытанняў: {count}).</translation>
    </message>
    <message>
        <source>It is the copy kept apart here as ‘{id}’, beside a different topic that uses the id ‘{original}’.</source>
        <translation>Гэта асобная копія з ідэнтыфікатарам «{id}»: побач ёсць іншая тэма з ідэнтыфікатарам «{original}».</translation>
    </message>
    <message>
        <source>• Install “{title}” as ‘{id}’, version {version} ({languages}, {count} questions). A different topic here already uses the id ‘{original}’; both are kept, nothing is replaced.</source>
        <translation>• Усталяваць «{title}» з ідэнтыфікатарам «{id}», версія {version} ({languages}; пытанняў: {count}). Ідэнтыфікатар «{original}» ужо заняты іншай тэмай; захаваюцца абедзве, нічога не замяняецца.</translation>
    </message>
    <message>
        <source>• Install “{title}”, version {version} ({languages}, {count} questions).</source>
        <translation>• Усталяваць «{title}», версія {version} ({languages}; пытанняў: {count}).</translation>
    </message>
    <message>
        <source>It goes beside the app&apos;s own version {version} as a newer copy.</source>
        <translation>Яна стане побач з убудаванай версіяй {version} як навейшая копія.</translation>
    </message>
    <message>
        <source>Keeps the {languages} already here.</source>
        <translation>Версіі, якія ўжо ёсць, застаюцца: {languages}.</translation>
    </message>
    <message>
        <source>Removes the {languages} here, which no longer matches.</source>
        <translation>Выдаляе версіі, якія больш не супадаюць: {languages}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заўвага: {note}</translation>
    </message>
    <message>
        <source>Step 3 of 3: installing…</source>
        <translation>Крок 3 з 3: усталёўваю…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Гатова.</translation>
    </message>
    <message>
        <source>Updated “{title}” to version {version}.</source>
        <translation>Тэма «{title}» абноўлена да версіі {version}.</translation>
    </message>
    <message>
        <source>Installed “{title}” as ‘{id}’, beside the topic already here.</source>
        <translation>Тэма «{title}» усталяваная з ідэнтыфікатарам «{id}», побач з ужо наяўнай.</translation>
    </message>
    <message>
        <source>Installed “{title}”.</source>
        <translation>Тэма «{title}» усталяваная.</translation>
    </message>
    <message>
        <source>The topics are on the home page now.</source>
        <translation>Тэмы ўжо на галоўнай старонцы.</translation>
    </message>
    <message>
        <source>This pack was not installed: {reason}</source>
        <translation>Гэты пакет не ўсталяваны: {reason}</translation>
    </message>
    <message>
        <source>This pack cannot be used, so nothing was installed: {reason}</source>
        <translation>Гэты пакет нельга выкарыстаць, таму нічога не ўсталявана: {reason}</translation>
    </message>
    <message>
        <source>This pack cannot be used: {reason}</source>
        <translation>Гэты пакет нельга выкарыстаць: {reason}</translation>
    </message>
    <message>
        <source>The pack could not be read or installed: {reason}</source>
        <translation>Не ўдалося прачытаць або ўсталяваць пакет: {reason}</translation>
    </message>
    <message>
        <source>The pack could not be installed because of an unexpected problem.</source>
        <translation>Пакет не ўсталяваны з-за нечаканай памылкі.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… і яшчэ {count}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was installed.</source>
        <translation>Скасавана: нічога не ўсталявана.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Packs: share topics between laptops</source>
        <translation>Пакеты: дзяліся тэмамі паміж ноўтбукамі</translation>
    </message>
    <message>
        <source>Add topics from a pack file, or save topics to one for another laptop.</source>
        <translation>Дадай тэмы з файла-пакета або захавай тэмы ў пакет для іншага ноўтбука.</translation>
    </message>
    <message>
        <source>Share topics</source>
        <translation>Падзяліцца тэмамі</translation>
    </message>
    <message>
        <source>Learn, act, share: save topics to a pack file and pass what you know on to your friends.</source>
        <translation>Даведайся, дзейнічай, дзяліся: захавай тэмы ў файл-пакет і перадай свае веды сябрам.</translation>
    </message>
    <message>
        <source>Save topics to a pack file</source>
        <translation>Захаваць тэмы ў файл-пакет</translation>
    </message>
    <message>
        <source>Tick the topics to share. The pack holds every language of them and their pictures; a facilitator adds it on another laptop.</source>
        <translation>Пазнач тэмы, якімі хочаш падзяліцца. У пакет трапяць усе іх мовы і малюнкі; вядучы дадасць яго на іншым ноўтбуку.</translation>
    </message>
    <message>
        <source>Topics to put in the pack; tick with Space</source>
        <translation>Тэмы для пакета; пазначай прабелам</translation>
    </message>
    <message>
        <source>Name of the pack (optional)</source>
        <translation>Назва пакета (неабавязкова)</translation>
    </message>
    <message>
        <source>Made by (optional; others will see it)</source>
        <translation>Аўтар (неабавязкова; гэта ўбачаць іншыя)</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>Захаваць пакет…</translation>
    </message>
    <message>
        <source>Save the pack to a file</source>
        <translation>Захаваць пакет у файл</translation>
    </message>
    <message>
        <source>Add topics from a pack</source>
        <translation>Дадаць тэмы з пакета</translation>
    </message>
    <message>
        <source>Every file of the pack is checked first. You see what it will install or update before anything changes; an unsafe or broken pack installs nothing.</source>
        <translation>Спачатку правяраецца кожны файл пакета. Ты ўбачыш, што ён усталюе або абновіць, яшчэ да любых змен; небяспечны або пашкоджаны пакет нічога не ўсталюе.</translation>
    </message>
    <message>
        <source>Choose a pack file…</source>
        <translation>Выбраць файл-пакет…</translation>
    </message>
    <message>
        <source>Choose a pack file</source>
        <translation>Выбраць файл-пакет</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Type or choose a .quizpack file.</source>
        <translation>Увядзіце або выберыце файл .quizpack.</translation>
    </message>
    <message>
        <source>Nothing to install: {error}</source>
        <translation>Усталёўваць няма чаго: {error}</translation>
    </message>
    <message>
        <source>This pack cannot be installed: {error}</source>
        <translation>Гэты пакет нельга ўсталяваць: {error}</translation>
    </message>
    <message>
        <source>Nothing to install: every bank in this pack is here already.</source>
        <translation>Усталёўваць няма чаго: усе банкі з гэтага пакета ўжо ёсць.</translation>
    </message>
    <message numerus="yes">
        <source>The pack is good: %n banks to install.</source>
        <translation>
            <numerusform>Пакет у парадку: будзе ўсталяваны %n банк.</numerusform>
            <numerusform>Пакет у парадку: будуць усталяваны %n банкі.</numerusform>
            <numerusform>Пакет у парадку: будуць усталяваны %n банкаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the banks of this pack for everyone on this laptop?</source>
        <translation>Усталяваць банкі з гэтага пакета для ўсіх на гэтым ноўтбуку?</translation>
    </message>
    <message>
        <source>It replaces banks that are installed already.</source>
        <translation>Ужо ўсталяваныя банкі будуць заменены.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Усталяваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і яшчэ %n</numerusform>
            <numerusform>… і яшчэ %n</numerusform>
            <numerusform>… і яшчэ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was installed: {error}</source>
        <translation>Нічога не ўсталявана: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n banks. Students see them on their topic list now.</source>
        <translation>
            <numerusform>Усталяваны %n банк. Удзельнікі ўжо бачаць яго ў спісе тэм.</numerusform>
            <numerusform>Усталявана %n банкі. Удзельнікі ўжо бачаць іх у спісе тэм.</numerusform>
            <numerusform>Усталявана %n банкаў. Удзельнікі ўжо бачаць іх у спісе тэм.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question packs</source>
        <translation>Пакеты пытанняў</translation>
    </message>
    <message>
        <source>Install banks that other camps shared as a .quizpack file, e.g. from a USB stick. Every bank in the pack is checked first; all are installed, or none.</source>
        <translation>Усталюйце банкі, якімі падзяліліся іншыя лагеры ў файле .quizpack, напрыклад з флэшкі. Спачатку правяраецца кожны банк пакета; усталёўваюцца ці ўсе, ці ніводнага.</translation>
    </message>
    <message>
        <source>Pack file to install</source>
        <translation>Файл пакета для ўсталявання</translation>
    </message>
    <message>
        <source>…/banks.quizpack</source>
        <translation>…/банкі.quizpack</translation>
    </message>
    <message>
        <source>Check the pack</source>
        <translation>Праверыць</translation>
    </message>
    <message>
        <source>Check the pack before installing it</source>
        <translation>Праверыць пакет перад усталяваннем</translation>
    </message>
</context>
<context>
    <name>PairsEditor</name>
    <message>
        <source>Pair {number}</source>
        <translation>Пара {number}</translation>
    </message>
    <message>
        <source>{item}: left side</source>
        <translation>{item}: левы бок</translation>
    </message>
    <message>
        <source>{item}: its partner</source>
        <translation>{item}: яе пара</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Левы бок</translation>
    </message>
    <message>
        <source>Its partner</source>
        <translation>Яе пара</translation>
    </message>
    <message>
        <source>Write each item with its partner; the quiz shuffles the partners.</source>
        <translation>Напішы кожны пункт і яго пару; у тэсце пары перамяшаюцца.</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Дадаць пару</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>A PIN has 4 to 32 letters or digits, with no spaces. Try another.</source>
        <translation>PIN-код — гэта ад 4 да 32 літар або лічбаў без прабелаў. Паспрабуйце іншы.</translation>
    </message>
    <message>
        <source>Now type the same PIN again to confirm it.</source>
        <translation>Цяпер увядзіце той жа PIN-код яшчэ раз, каб пацвердзіць яго.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess. It will work, but you may want another: press “Choose a different PIN”.</source>
        <translation>Гэты PIN-код лёгка адгадаць. Ён падыдзе, але, магчыма, лепш выбраць іншы: націсніце «Выбраць іншы PIN-код».</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Type a new PIN, then type it again.</source>
        <translation>PIN-коды не супалі. Увядзіце новы PIN-код, а потым паўтарыце яго.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Няправільны PIN-код. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Занадта шмат няправільных спроб. Пачакайце %n секунду і паспрабуйце зноў.</numerusform>
            <numerusform>Занадта шмат няправільных спроб. Пачакайце %n секунды і паспрабуйце зноў.</numerusform>
            <numerusform>Занадта шмат няправільных спроб. Пачакайце %n секунд і паспрабуйце зноў.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>Цяпер можна зноў увесці PIN-код.</translation>
    </message>
    <message>
        <source>Facilitator area</source>
        <translation>Раздзел для вядучага</translation>
    </message>
    <message>
        <source>Type the facilitator PIN. Students: this part is for your facilitator.</source>
        <translation>Увядзіце PIN-код вядучага. Удзельнікам: гэты раздзел толькі для вядучага.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Open the facilitator area</source>
        <translation>Адкрыць раздзел для вядучага</translation>
    </message>
    <message>
        <source>Set a facilitator PIN</source>
        <translation>Задайце PIN-код вядучага</translation>
    </message>
    <message>
        <source>No PIN is set on this laptop yet. Choose one (4 to 32 letters or digits) and keep it from the students: it guards the reports, profiles and the reset. A forgotten PIN is cleared with “quizapp facilitator reset-pin”.</source>
        <translation>На гэтым ноўтбуку яшчэ няма PIN-кода. Прыдумайце яго (ад 4 да 32 літар або лічбаў) і не паказвайце ўдзельнікам: ён ахоўвае справаздачы, профілі і скід. Забыты PIN-код скідаецца камандай «quizapp facilitator reset-pin».</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новы PIN-код</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
    <message>
        <source>Use this PIN, then confirm it</source>
        <translation>Выкарыстаць гэты PIN-код, потым пацвердзіць яго</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Пацвердзіце PIN-код</translation>
    </message>
    <message>
        <source>Type the new PIN once more, to be sure of it.</source>
        <translation>Увядзіце новы PIN-код яшчэ раз, каб не памыліцца.</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Новы PIN-код яшчэ раз</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Задаць PIN-код</translation>
    </message>
    <message>
        <source>Confirm and set the PIN</source>
        <translation>Пацвердзіць і задаць PIN-код</translation>
    </message>
    <message>
        <source>Choose a different PIN</source>
        <translation>Выбраць іншы PIN-код</translation>
    </message>
    <message>
        <source>Start again with a different PIN</source>
        <translation>Пачаць нанова з іншым PIN-кодам</translation>
    </message>
    <message>
        <source>Back to students</source>
        <translation>Назад да ўдзельнікаў</translation>
    </message>
    <message>
        <source>Back to the list of students</source>
        <translation>Вярнуцца да спісу ўдзельнікаў</translation>
    </message>
</context>
<context>
    <name>PodiumView</name>
    <message>
        <source>The podium</source>
        <translation>П&apos;едэстал</translation>
    </message>
    <message numerus="yes">
        <source>{place}. {team}: %n points</source>
        <translation>
            <numerusform>{place}. {team}: %n ачко</numerusform>
            <numerusform>{place}. {team}: %n ачкі</numerusform>
            <numerusform>{place}. {team}: %n ачкоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n ачко</numerusform>
            <numerusform>%n ачкі</numerusform>
            <numerusform>%n ачкоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place}: {teams}, %n points</source>
        <translation>
            <numerusform>Месца {place}: {teams}, %n ачко</numerusform>
            <numerusform>Месца {place}: {teams}, %n ачкі</numerusform>
            <numerusform>Месца {place}: {teams}, %n ачкоў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileSummaryModel</name>
    <message>
        <source>Student</source>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Адказаў</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правільна</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раўнды</translation>
    </message>
    <message>
        <source>Last played</source>
        <translation>Апошняя гульня</translation>
    </message>
</context>
<context>
    <name>ProfilesAdminPage</name>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>Профіль {old} перайменаваны ў {new}.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Выдаліць {name}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Пакінуць</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n answers</source>
        <translation>
            <numerusform>{name} · %n адказ</numerusform>
            <numerusform>{name} · %n адказы</numerusform>
            <numerusform>{name} · %n адказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n answers</source>
        <translation>
            <numerusform>{name}: %n адказ</numerusform>
            <numerusform>{name}: %n адказы</numerusform>
            <numerusform>{name}: %n адказаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and their %n answers? This cannot be undone.</source>
        <translation>
            <numerusform>Выдаліць профіль {name} і яго %n адказ? Гэта нельга адмяніць.</numerusform>
            <numerusform>Выдаліць профіль {name} і яго %n адказы? Гэта нельга адмяніць.</numerusform>
            <numerusform>Выдаліць профіль {name} і яго %n адказаў? Гэта нельга адмяніць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} and {target} are the same person: move %n answers of {name} to {target}, then remove {name}?</source>
        <translation>
            <numerusform>{name} і {target} — адзін і той жа чалавек: перанесці %n адказ з профілю {name} у {target} і выдаліць {name}?</numerusform>
            <numerusform>{name} і {target} — адзін і той жа чалавек: перанесці %n адказы з профілю {name} у {target} і выдаліць {name}?</numerusform>
            <numerusform>{name} і {target} — адзін і той жа чалавек: перанесці %n адказаў з профілю {name} у {target} і выдаліць {name}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into {target}</source>
        <translation>Аб&apos;яднаць з {target}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>Профіль {name} выдалены.</translation>
    </message>
    <message>
        <source>{name} was merged into {target}.</source>
        <translation>Профіль {name} аб&apos;яднаны з {target}.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профілі</translation>
    </message>
    <message>
        <source>Only here can a profile be renamed, deleted or merged: students cannot do it.</source>
        <translation>Перайменаваць, выдаліць або аб&apos;яднаць профілі можна толькі тут: удзельнікі гэтага зрабіць не могуць.</translation>
    </message>
    <message>
        <source>Profiles on this laptop</source>
        <translation>Профілі на гэтым ноўтбуку</translation>
    </message>
    <message>
        <source>No profiles on this laptop yet.</source>
        <translation>На гэтым ноўтбуку пакуль няма профіляў.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новае імя</translation>
    </message>
    <message>
        <source>New name for this profile</source>
        <translation>Новае імя для гэтага профілю</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перайменаваць</translation>
    </message>
    <message>
        <source>Rename this profile</source>
        <translation>Перайменаваць гэты профіль</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Той жа чалавек, што і</translation>
    </message>
    <message>
        <source>The profile to merge this one into</source>
        <translation>Профіль, з якім аб&apos;яднаць гэты</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Аб&apos;яднаць…</translation>
    </message>
    <message>
        <source>Merge this profile into the one chosen</source>
        <translation>Аб&apos;яднаць гэты профіль з выбраным</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Выдаліць…</translation>
    </message>
    <message>
        <source>Delete this profile and its answers</source>
        <translation>Выдаліць гэты профіль і яго адказы</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Sign in as {name}</source>
        <translation>Увайсці як {name}</translation>
    </message>
    <message>
        <source>Type your name first, then press Enter.</source>
        <translation>Спачатку напішы сваё імя, потым націсні Enter.</translation>
    </message>
    <message>
        <source>Who&apos;s playing?</source>
        <translation>Хто гуляе?</translation>
    </message>
    <message>
        <source>Pick your name to sign in, or add yourself below.</source>
        <translation>Абяры сваё імя, каб увайсці, або дадай сябе ніжэй.</translation>
    </message>
    <message>
        <source>No one has joined yet. Be the first: type your name below.</source>
        <translation>Пакуль тут нікога няма. Напішы сваё імя ніжэй — і пачынаем!</translation>
    </message>
    <message>
        <source>New here? Type your name</source>
        <translation>Ты тут упершыню? Напішы сваё імя</translation>
    </message>
    <message>
        <source>Your first name or a nickname</source>
        <translation>Тваё імя або нік</translation>
    </message>
    <message>
        <source>Your name for a new profile</source>
        <translation>Тваё імя для новага профілю</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Далучыцца</translation>
    </message>
    <message>
        <source>Create my profile and sign in</source>
        <translation>Стварыць профіль і ўвайсці</translation>
    </message>
    <message>
        <source>Profiles on this laptop; press Enter or click a name to sign in</source>
        <translation>Профілі на гэтым ноўтбуку: націсні Enter або пстрыкні па імені, каб увайсці</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтэрфейсу</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Для вядучага</translation>
    </message>
    <message>
        <source>Facilitator area (asks for the PIN)</source>
        <translation>Раздзел для вядучага (патрэбны PIN-код)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Practice: questions from several topics</source>
        <translation>Паўтарэнне: пытанні з розных тэм</translation>
    </message>
    <message>
        <source>{title} (practice)</source>
        <translation>{title} (паўтарэнне)</translation>
    </message>
    <message>
        <source>{title} (challenge)</source>
        <translation>{title} (выклік)</translation>
    </message>
    <message>
        <source>{right} of {asked} right ({percent})</source>
        <translation>Правільна {right} з {asked} ({percent})</translation>
    </message>
    <message>
        <source>Your progress, {name}</source>
        <translation>Твой прагрэс, {name}</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Серыі пакуль няма</translation>
    </message>
    <message>
        <source>Answer a question today to start one.</source>
        <translation>Адкажы сёння на пытанне, каб яе пачаць.</translation>
    </message>
    <message>
        <source>1 day in a row</source>
        <translation>1 дзень запар</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n дзень запар</numerusform>
            <numerusform>%n дні запар</numerusform>
            <numerusform>%n дзён запар</numerusform>
        </translation>
    </message>
    <message>
        <source>You answered today. See you tomorrow!</source>
        <translation>Сёння адказ ужо ёсць. Да заўтра!</translation>
    </message>
    <message>
        <source>Answer a question today to keep it going.</source>
        <translation>Адкажы сёння на пытанне, каб не перарваць серыю.</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 адказ</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n адказ</numerusform>
            <numerusform>%n адказы</numerusform>
            <numerusform>%n адказаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is saved.</source>
        <translation>Кожны захаваны.</translation>
    </message>
    <message>
        <source>on 1 day</source>
        <translation>за 1 дзень</translation>
    </message>
    <message numerus="yes">
        <source>on %n different days</source>
        <translation>
            <numerusform>за %n дзень</numerusform>
            <numerusform>за %n дні</numerusform>
            <numerusform>за %n дзён</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to practise now</source>
        <translation>Цяпер няма чаго паўтараць</translation>
    </message>
    <message>
        <source>1 question to practise</source>
        <translation>1 пытанне на паўтарэнне</translation>
    </message>
    <message numerus="yes">
        <source>%n questions to practise</source>
        <translation>
            <numerusform>%n пытанне на паўтарэнне</numerusform>
            <numerusform>%n пытанні на паўтарэнне</numerusform>
            <numerusform>%n пытанняў на паўтарэнне</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more comes back on a later day.</source>
        <translation>Яшчэ 1 вернецца ў іншы дзень.</translation>
    </message>
    <message numerus="yes">
        <source>%n more come back on later days.</source>
        <translation>
            <numerusform>Яшчэ %n вернецца ў іншыя дні.</numerusform>
            <numerusform>Яшчэ %n вернуцца ў іншыя дні.</numerusform>
            <numerusform>Яшчэ %n вернуцца ў іншыя дні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start them from the home page.</source>
        <translation>Пачні іх на галоўнай старонцы.</translation>
    </message>
    <message>
        <source>Questions you miss come back here to practise.</source>
        <translation>Пытанні з памылкамі вернуцца сюды для паўтарэння.</translation>
    </message>
    <message>
        <source>Here are your {count} strongest and {count} weakest of {total} topics.</source>
        <translation>Вось твае самыя моцныя і самыя слабыя тэмы (па {count} з {total}).</translation>
    </message>
    <message>
        <source>Topics you know</source>
        <translation>Твае веды па тэмах</translation>
    </message>
    <message>
        <source>Show fewer topics</source>
        <translation>Паказаць менш тэм</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n topics</source>
        <translation>
            <numerusform>Паказаць усе тэмы (%n)</numerusform>
            <numerusform>Паказаць усе тэмы (%n)</numerusform>
            <numerusform>Паказаць усе тэмы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}: {answers}</source>
        <translation>Сёння, {day}: {answers}</translation>
    </message>
    <message>
        <source>{answers} in the last {days} days</source>
        <translation>{answers} за апошнія {days} дзён</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Адказы па днях</translation>
    </message>
    <message>
        <source>Best scores</source>
        <translation>Рэкорды</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>Сёння, {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Учора, {time}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Скончаны</translation>
    </message>
    <message>
        <source>{right} / {asked}</source>
        <translation>{right} / {asked}</translation>
    </message>
    <message>
        <source>Your quizzes show up here once you start one.</source>
        <translation>Твае тэсты з&apos;явяцца тут, як толькі ты пачнеш першы.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n quizzes are shown.</source>
        <translation>
            <numerusform>Паказаны апошні %n тэст.</numerusform>
            <numerusform>Паказаны апошнія %n тэсты.</numerusform>
            <numerusform>Паказаны апошнія %n тэстаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>Да тэм</translation>
    </message>
    <message>
        <source>Back to the list of topics</source>
        <translation>Вярнуцца да спісу тэм</translation>
    </message>
    <message>
        <source>Every answer you give is saved here. Keep going: every trap you learn counts.</source>
        <translation>Тут захоўваецца кожны твой адказ. Працягвай: кожная разгаданая пастка на ліку.</translation>
    </message>
    <message>
        <source>Day streak</source>
        <translation>Дзён запар</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Адказы</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Паўтарэнне</translation>
    </message>
    <message>
        <source>For each topic: how many questions you got right the last time you answered.</source>
        <translation>Па кожнай тэме: колькі правільных адказаў было ў апошні раз.</translation>
    </message>
    <message>
        <source>{asked} of {total} answered</source>
        <translation>адказана {asked} з {total}</translation>
    </message>
    <message>
        <source>Not finished: {done}</source>
        <translation>Не скончаны: {done}</translation>
    </message>
    <message>
        <source>Stopped: {done}</source>
        <translation>Перапынены: {done}</translation>
    </message>
    <message>
        <source>Answer a few questions and your topics show up here.</source>
        <translation>Адкажы на некалькі пытанняў — і тут з&apos;явяцца твае тэмы.</translation>
    </message>
    <message>
        <source>Finish a quiz and your best score for it shows up here.</source>
        <translation>Скончы тэст — і тут з&apos;явіцца твой рэкорд.</translation>
    </message>
    <message>
        <source>Your quizzes</source>
        <translation>Твае тэсты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Як прайшло</translation>
    </message>
    <message>
        <source>Your latest quizzes</source>
        <translation>Твае апошнія тэсты</translation>
    </message>
</context>
<context>
    <name>ProjectorPage</name>
    <message>
        <source>Session</source>
        <translation>Занятак</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Засталася %n секунда</numerusform>
            <numerusform>Засталося %n секунды</numerusform>
            <numerusform>Засталося %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Time&apos;s up!</source>
        <translation>Час скончыўся!</translation>
    </message>
    <message>
        <source>Team {team}: right, one point!</source>
        <translation>Каманда «{team}»: правільна, адно ачко!</translation>
    </message>
    <message>
        <source>Team {team} gave no answer.</source>
        <translation>Каманда «{team}» не дала адказу.</translation>
    </message>
    <message>
        <source>Team {team}: not this time.</source>
        <translation>Каманда «{team}»: гэтым разам не.</translation>
    </message>
    <message>
        <source>No answer was given.</source>
        <translation>Адказу не было.</translation>
    </message>
    <message>
        <source>Next: team {team}, question {number} of {total}</source>
        <translation>Далей: каманда «{team}», пытанне {number} з {total}</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Занятак скончаны</translation>
    </message>
    <message>
        <source>{right} right out of {asked}</source>
        <translation>Правільна: {right} з {asked}</translation>
    </message>
    <message>
        <source>{name} got {right} of {asked} right. Every answer is saved for the group report.</source>
        <translation>{name}: правільна {right} з {asked}. Усе адказы захаваны для справаздачы па групе.</translation>
    </message>
    <message>
        <source>An answer could not be saved ({error}).</source>
        <translation>Не ўдалося захаваць адказ ({error}).</translation>
    </message>
    <message>
        <source>Team {team}&apos;s turn</source>
        <translation>Ход каманды «{team}»</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Пытанне {number} з {total}</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Канец</translation>
    </message>
    <message>
        <source>{done} of {total} questions done</source>
        <translation>Адказана: {done} з {total}</translation>
    </message>
    <message>
        <source>Reveal the answer (R)</source>
        <translation>Паказаць адказ (R)</translation>
    </message>
    <message>
        <source>Reveal the answer (R or Space)</source>
        <translation>Паказаць адказ (R або прабел)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завяршыць</translation>
    </message>
    <message>
        <source>Finish the session; the facilitator area asks for the PIN again</source>
        <translation>Завяршыць занятак; раздзел для вядучага зноў папросіць PIN-код</translation>
    </message>
    <message>
        <source>Scoreboard (N)</source>
        <translation>Табло (N)</translation>
    </message>
    <message>
        <source>Show the scoreboard (N)</source>
        <translation>Паказаць табло (N)</translation>
    </message>
    <message>
        <source>See the podium (N)</source>
        <translation>Да п&apos;едэстала (N)</translation>
    </message>
    <message>
        <source>See the score (N)</source>
        <translation>Паказаць вынік (N)</translation>
    </message>
    <message>
        <source>Next question (N)</source>
        <translation>Наступнае пытанне (N)</translation>
    </message>
    <message>
        <source>Go on to the next question (N)</source>
        <translation>Перайсці да наступнага пытання (N)</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Скончыць занятак</translation>
    </message>
    <message>
        <source>End the session now; answers stay saved</source>
        <translation>Скончыць занятак зараз; адказы застануцца захаванымі</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose · R or Space reveal</source>
        <translation>Клавішы: 1–9 — выбраць · R або прабел — паказаць адказ</translation>
    </message>
    <message>
        <source>Keys: N or Enter finish</source>
        <translation>Клавішы: N або Enter — завяршыць</translation>
    </message>
    <message>
        <source>Keys: N, Space or Enter go on</source>
        <translation>Клавішы: N, прабел або Enter — далей</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>a picture</source>
        <translation>малюнак</translation>
    </message>
    <message>
        <source>a mock message</source>
        <translation>макет паведамлення</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <source>topic tags</source>
        <translation>меткі тэм</translation>
    </message>
    <message>
        <source>This question also has {things}; they are kept as they are.</source>
        <translation>У гэтага пытання ёсць яшчэ: {things}; яны застаюцца без змен.</translation>
    </message>
    <message>
        <source>One right answer</source>
        <translation>Адзін правільны адказ</translation>
    </message>
    <message>
        <source>Several right answers</source>
        <translation>Некалькі правільных адказаў</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Праўда ці няпраўда</translation>
    </message>
    <message>
        <source>Put the steps in order</source>
        <translation>Расставіць крокі па парадку</translation>
    </message>
    <message>
        <source>Match the pairs</source>
        <translation>Злучыць пары</translation>
    </message>
    <message>
        <source>Spot the red flags in a message</source>
        <translation>Знайсці трывожныя сігналы ў паведамленні</translation>
    </message>
    <message>
        <source>Players pick one answer; exactly one is right.</source>
        <translation>Гульцы выбіраюць адзін адказ; правільны роўна адзін.</translation>
    </message>
    <message>
        <source>Players pick every answer that applies.</source>
        <translation>Гульцы выбіраюць усе адказы, якія падыходзяць.</translation>
    </message>
    <message>
        <source>Players say whether a statement is true or false.</source>
        <translation>Гульцы вырашаюць, праўда сцвярджэнне ці няпраўда.</translation>
    </message>
    <message>
        <source>Players put steps in the right order.</source>
        <translation>Гульцы расстаўляюць крокі ў правільным парадку.</translation>
    </message>
    <message>
        <source>Players pair each item with its partner.</source>
        <translation>Гульцы злучаюць кожны пункт з яго парай.</translation>
    </message>
    <message>
        <source>Players tap the parts of a message that are red flags.</source>
        <translation>Гульцы націскаюць на часткі паведамлення, якія з&apos;яўляюцца трывожнымі сігналамі.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Адказы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Адказ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Крокі</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пары</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Тып пытання</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Пытанне</translation>
    </message>
    <message>
        <source>For example: Which of these job offers is a red flag?</source>
        <translation>Напрыклад: Якая з гэтых прапаноў працы — трывожны сігнал?</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Тлумачэнне</translation>
    </message>
    <message>
        <source>Shown after the answer: why it is right, and what someone can do.</source>
        <translation>Паказваецца пасля адказу: чаму ён правільны і што можна зрабіць.</translation>
    </message>
    <message>
        <source>Explanation, shown after the answer</source>
        <translation>Тлумачэнне, якое паказваецца пасля адказу</translation>
    </message>
    <message>
        <source>For example: Real employers never ask you to pay to get a job.</source>
        <translation>Напрыклад: Сапраўдныя працадаўцы ніколі не бяруць грошай за працаўладкаванне.</translation>
    </message>
    <message>
        <source>How hard is it?</source>
        <translation>Наколькі яно складанае?</translation>
    </message>
    <message>
        <source>How hard is the question</source>
        <translation>Складанасць пытання</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Лёгкае</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Сярэдняе</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Складанае</translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>The preview appears here as you write.</source>
        <translation>Папярэдні прагляд з&apos;явіцца тут, пакуль ты пішаш.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Праверыць</translation>
    </message>
    <message>
        <source>Try the question: check the answer given in the preview</source>
        <translation>Выпрабаваць пытанне: праверыць адказ, дадзены ў папярэднім праглядзе</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Яшчэ раз</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Answer the question first.</source>
        <translation>Спачатку адкажы на пытанне.</translation>
    </message>
    <message>
        <source>Keys: Tab move · Enter check</source>
        <translation>Клавішы: Tab — далей · Enter — праверыць</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Пытанне {number} з {total}</translation>
    </message>
    <message>
        <source>{done} of {total} questions done</source>
        <translation>Адказана: {done} з {total}</translation>
    </message>
    <message>
        <source>Enter: go on</source>
        <translation>Enter — далей</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Мой вынік</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Наступнае пытанне</translation>
    </message>
    <message>
        <source>Your answers could not be saved ({error}). Please tell your facilitator.</source>
        <translation>Не ўдалося захаваць адказы ({error}). Скажы пра гэта вядучаму.</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Зрабіць паўзу</translation>
    </message>
    <message>
        <source>Stop for now; your answers are saved and you can carry on later</source>
        <translation>Зрабіць паўзу: адказы захаваныя, працягнуць можна пазней</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Праверыць</translation>
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation>Праверыць мой адказ (Enter)</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Далей (Enter)</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v з %m</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Score: {right} right out of {asked}</source>
        <translation>Вынік: {right} правільна з {asked}</translation>
    </message>
    <message>
        <source>You got {right} of {asked} right.</source>
        <translation>Правільных адказаў: {right} з {asked}.</translation>
    </message>
    <message>
        <source>Brilliant: every one right! Share what you know with a friend.</source>
        <translation>Бліскуча: усё правільна! Падзяліся тым, што ведаеш, з сябрам.</translation>
    </message>
    <message>
        <source>Great work. Have a look at the ones you missed below.</source>
        <translation>Выдатная праца! Паглядзі ніжэй пытанні, дзе былі памылкі.</translation>
    </message>
    <message>
        <source>Good going. Each question you review makes a trap easier to spot.</source>
        <translation>Добра ідзеш! Кожнае разабранае пытанне дапамагае лягчэй заўважаць пасткі.</translation>
    </message>
    <message>
        <source>These tricks are designed to fool people. Read the reviews below: every one you learn makes you harder to trick.</source>
        <translation>Гэтыя хітрасці прыдуманыя, каб падманваць людзей. Прачытай разбор ніжэй: з кожным вывучаным адказам цябе ўсё цяжэй падмануць.</translation>
    </message>
    <message>
        <source>Retry the ones I missed ({count})</source>
        <translation>Паўтарыць памылкі ({count})</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>Раўнд скончаны</translation>
    </message>
    <message>
        <source>Something on your mind?</source>
        <translation>Нешта турбуе?</translation>
    </message>
    <message>
        <source>Whatever has happened, it is never your fault. See who you can talk to, today.</source>
        <translation>Што б ні здарылася, у гэтым няма тваёй віны. Паглядзі, з кім можна пагаварыць, — ужо сёння.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Дзе знайсці дапамогу</translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>Да тэм</translation>
    </message>
    <message>
        <source>Back to the list of topics</source>
        <translation>Вярнуцца да спісу тэм</translation>
    </message>
    <message>
        <source>Retry the questions I missed</source>
        <translation>Паўтарыць пытанні, дзе былі памылкі</translation>
    </message>
    <message>
        <source>Card and certificate</source>
        <translation>Картка і сертыфікат</translation>
    </message>
    <message>
        <source>Save a result card or a certificate of this quiz</source>
        <translation>Захавай картку выніку або сертыфікат за гэты тэст</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Твае адказы</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Question {number}: {verdict}</source>
        <translation>Пытанне {number}: {verdict}</translation>
    </message>
    <message>
        <source>The red flags</source>
        <translation>Трывожныя сігналы</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Твой адказ</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Правільны адказ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму так</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Item {number}</source>
        <translation>Пункт {number}</translation>
    </message>
    <message>
        <source>{item}: move up</source>
        <translation>{item}: вышэй</translation>
    </message>
    <message>
        <source>{item}: move down</source>
        <translation>{item}: ніжэй</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Выдаліць: {item}</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>someone</source>
        <translation>нехта</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS-паведамленне</translation>
    </message>
    <message>
        <source>online</source>
        <translation>у сетцы</translation>
    </message>
    <message>
        <source>Public post</source>
        <translation>Публічны пост</translation>
    </message>
    <message>
        <source>♡ Like     Comment     Share</source>
        <translation>♡ Падабаецца     Каментаваць     Падзяліцца</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Рэклама</translation>
    </message>
    <message>
        <source>Sponsored · {sender}</source>
        <translation>Спонсар · {sender}</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Падрабязней</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ад:</translation>
    </message>
    <message>
        <source>Chat message from {sender}</source>
        <translation>Паведамленне ў чаце ад {sender}</translation>
    </message>
    <message>
        <source>Text message from {sender}</source>
        <translation>SMS ад {sender}</translation>
    </message>
    <message>
        <source>Social media post by {sender}</source>
        <translation>Пост у сацсетцы ад {sender}</translation>
    </message>
    <message>
        <source>Online ad from {sender}</source>
        <translation>Анлайн-рэклама ад {sender}</translation>
    </message>
    <message>
        <source>Email from {sender}</source>
        <translation>Ліст ад {sender}</translation>
    </message>
</context>
<context>
    <name>ScoreboardView</name>
    <message>
        <source>Scoreboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>{place}.</source>
        <translation>{place}.</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n ачко</numerusform>
            <numerusform>%n ачкі</numerusform>
            <numerusform>%n ачкоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: place {place}, %n points</source>
        <translation>
            <numerusform>{team}: месца {place}, %n ачко</numerusform>
            <numerusform>{team}: месца {place}, %n ачкі</numerusform>
            <numerusform>{team}: месца {place}, %n ачкоў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSetupPage</name>
    <message numerus="yes">
        <source>{title} (%n questions)</source>
        <translation>
            <numerusform>{title} (%n пытанне)</numerusform>
            <numerusform>{title} (%n пытанні)</numerusform>
            <numerusform>{title} (%n пытанняў)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one or more banks.</source>
        <translation>Пазначце адзін або некалькі банкаў.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions from the chosen banks: {turns} for each of {teams} teams.</source>
        <translation>
            <numerusform>%n пытанне з выбраных банкаў: па {turns} на каманду (каманд: {teams}).</numerusform>
            <numerusform>%n пытанні з выбраных банкаў: па {turns} на каманду (каманд: {teams}).</numerusform>
            <numerusform>%n пытанняў з выбраных банкаў: па {turns} на каманду (каманд: {teams}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions from the chosen banks.</source>
        <translation>
            <numerusform>%n пытанне з выбраных банкаў.</numerusform>
            <numerusform>%n пытанні з выбраных банкаў.</numerusform>
            <numerusform>%n пытанняў з выбраных банкаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one bank first.</source>
        <translation>Спачатку пазначце хаця б адзін банк.</translation>
    </message>
    <message>
        <source>Choose the student who will play.</source>
        <translation>Выберыце ўдзельніка, які будзе гуляць.</translation>
    </message>
    <message>
        <source>These banks have too few questions for one turn per team.</source>
        <translation>У гэтых банках занадта мала пытанняў, каб у кожнай каманды быў ход.</translation>
    </message>
    <message>
        <source>Team play needs at least two teams.</source>
        <translation>Для каманднай гульні трэба хаця б дзве каманды.</translation>
    </message>
    <message>
        <source>Team play takes at most six teams.</source>
        <translation>У каманднай гульні можа быць не больш за шэсць каманд.</translation>
    </message>
    <message>
        <source>Give every team a name.</source>
        <translation>Дайце назву кожнай камандзе.</translation>
    </message>
    <message>
        <source>A team name can be at most 30 characters long.</source>
        <translation>Назва каманды — не даўжэй за 30 сімвалаў.</translation>
    </message>
    <message>
        <source>Two teams have the same name; give each its own.</source>
        <translation>У дзвюх каманд аднолькавыя назвы; дайце кожнай сваю.</translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation>Правесці занятак</translation>
    </message>
    <message>
        <source>Choose the banks, how many questions and how fast; then a student plays, or teams take turns on this laptop, on the projector if you like.</source>
        <translation>Выберыце банкі, колькасць пытанняў і тэмп; потым гуляе адзін удзельнік або каманды па чарзе на гэтым ноўтбуку — можна праз праектар.</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Банкі пытанняў</translation>
    </message>
    <message>
        <source>Question banks for the session; Space ticks or unticks one</source>
        <translation>Банкі пытанняў для занятку; прабел ставіць або здымае адзнаку</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Пытанні</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Колькасць пытанняў</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Парадак</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Уперамешку</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Як у банку</translation>
    </message>
    <message>
        <source>Order of the questions</source>
        <translation>Парадак пытанняў</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Абмежаванне часу</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Time limit per question</source>
        <translation>Час на адно пытанне</translation>
    </message>
    <message>
        <source>Projector mode: full screen, very large text</source>
        <translation>Рэжым праектара: увесь экран, вельмі буйны тэкст</translation>
    </message>
    <message>
        <source>Who plays</source>
        <translation>Хто гуляе</translation>
    </message>
    <message>
        <source>Teams take turns on this laptop</source>
        <translation>Каманды па чарзе на гэтым ноўтбуку</translation>
    </message>
    <message>
        <source>One student:</source>
        <translation>Адзін удзельнік:</translation>
    </message>
    <message>
        <source>One student plays; answers are saved</source>
        <translation>Гуляе адзін удзельнік; адказы захоўваюцца</translation>
    </message>
    <message>
        <source>The student who plays</source>
        <translation>Удзельнік, які гуляе</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Пачаць занятак</translation>
    </message>
</context>
<context>
    <name>SpotEditor</name>
    <message>
        <source>Part {number}</source>
        <translation>Частка {number}</translation>
    </message>
    <message>
        <source>{item}: its words</source>
        <translation>{item}: словы</translation>
    </message>
    <message>
        <source>Words of the message</source>
        <translation>Словы паведамлення</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Трывожны сігнал</translation>
    </message>
    <message>
        <source>{item} is a red flag</source>
        <translation>{item} — трывожны сігнал</translation>
    </message>
    <message>
        <source>{item}: why it is a red flag</source>
        <translation>{item}: чаму гэта трывожны сігнал</translation>
    </message>
    <message>
        <source>Why is it a red flag? (for red flags)</source>
        <translation>Чаму гэта трывожны сігнал? (для трывожных сігналаў)</translation>
    </message>
    <message>
        <source>Write the message part by part, in order. Tick the parts that are red flags and say why.</source>
        <translation>Напішы паведамленне па частках, па парадку. Пазнач часткі, якія з&apos;яўляюцца трывожнымі сігналамі, і растлумач чаму.</translation>
    </message>
    <message>
        <source>Who sent it (optional)</source>
        <translation>Хто адправіў (неабавязкова)</translation>
    </message>
    <message>
        <source>Who sent the message (optional)</source>
        <translation>Хто адправіў паведамленне (неабавязкова)</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Дадаць частку</translation>
    </message>
</context>
<context>
    <name>SpotQuestionWidget</name>
    <message>
        <source>Tap to mark this part as a red flag</source>
        <translation>Націсні, каб пазначыць гэтую частку як трывожны сігнал</translation>
    </message>
    <message>
        <source>Keys: Tab next part · Space mark it · Enter check</source>
        <translation>Клавішы: Tab — наступная частка · Прабел — пазначыць · Enter — праверыць</translation>
    </message>
    <message>
        <source>Tap each part of the message that is a red flag. Tap again to undo.</source>
        <translation>Націсні на кожную частку паведамлення, якая з&apos;яўляецца трывожным сігналам. Націсні яшчэ раз, каб зняць адзнаку.</translation>
    </message>
    <message>
        <source>Tap at least one part of the message first.</source>
        <translation>Спачатку пазнач хаця б адну частку паведамлення.</translation>
    </message>
    <message>
        <source>Red flag: you found it</source>
        <translation>Трывожны сігнал — знойдзены</translation>
    </message>
    <message>
        <source>Red flag you missed</source>
        <translation>Прапушчаны трывожны сігнал</translation>
    </message>
    <message>
        <source>Not a red flag</source>
        <translation>Не трывожны сігнал</translation>
    </message>
</context>
<context>
    <name>SpotSegmentButton</name>
    <message>
        <source>marked as a red flag</source>
        <translation>пазначана як трывожны сігнал</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>не пазначана</translation>
    </message>
    <message>
        <source>Part of the message: {text}</source>
        <translation>Частка паведамлення: {text}</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Step {number}</source>
        <translation>Крок {number}</translation>
    </message>
    <message>
        <source>Write this step</source>
        <translation>Напішы гэты крок</translation>
    </message>
    <message>
        <source>Write the steps in the right order; the quiz shuffles them.</source>
        <translation>Напішы крокі ў правільным парадку; у тэсце яны перамяшаюцца.</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Дадаць крок</translation>
    </message>
</context>
<context>
    <name>StoreMessage</name>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Профіль з імем «{name}» ужо ёсць.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профілю павінна быць імя.</translation>
    </message>
    <message>
        <source>A profile name can be at most {count} characters long.</source>
        <translation>Імя профілю можа быць не даўжэйшым за {count} сімвалаў.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Імя профілю не можа ўтрымліваць кіроўныя сімвалы.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the last change was not saved. Free some space and try again.</source>
        <translation>Дыск з папкай {folder} запоўнены, таму апошняя змена не захавана. Вызвалі месца і паспрабуй яшчэ раз.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so nothing more can be saved. Free some space and try again.</source>
        <translation>Дыск з папкай {folder} запоўнены, таму больш нічога нельга захаваць. Вызвалі месца і паспрабуй яшчэ раз.</translation>
    </message>
    <message>
        <source>The scores in {folder} are busy in another quizapp window. Close the other window, or wait a moment, and try again.</source>
        <translation>Вынікі ў {folder} зараз адкрытыя ў іншым акне quizapp. Закрый іншае акно або пачакай крыху і паспрабуй яшчэ раз.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}). It may be read-only or missing; choose another data folder.</source>
        <translation>Не атрымліваецца запісаць у папку даных {folder} ({reason}). Магчыма, яна толькі для чытання або яе няма; выберы іншую папку даных.</translation>
    </message>
    <message>
        <source>Cannot write the scores in {folder}: the folder or the drive is read-only, or this user may not write there. Choose another data folder.</source>
        <translation>Не атрымліваецца захаваць вынікі ў {folder}: папка або дыск толькі для чытання, або ў гэтага карыстальніка няма права запісу. Выберы іншую папку даных.</translation>
    </message>
    <message>
        <source>The score database in {folder} is damaged. Restart quizapp: it will set the file aside and restore the latest backup.</source>
        <translation>База вынікаў у {folder} пашкоджаная. Перазапусці quizapp: ён адкладзе гэты файл убок і аднавіць апошнюю рэзервовую копію.</translation>
    </message>
    <message>
        <source>Could not use the scores in {folder}: {error}.</source>
        <translation>Не ўдалося адкрыць вынікі ў {folder}: {error}.</translation>
    </message>
    <message>
        <source>{path} belongs to another program, not quizapp. Move it away or choose another data folder; it was not changed.</source>
        <translation>{path} належыць іншай праграме, а не quizapp. Перанясі гэты файл або выберы іншую папку даных; файл не зменены.</translation>
    </message>
    <message>
        <source>The scores in {folder} were saved by a newer version of quizapp (database version {version}; this one knows up to {known}). Update quizapp to use them; the file was not changed.</source>
        <translation>Вынікі ў {folder} захаваныя навейшай версіяй quizapp (версія базы {version}; гэтая версія ведае толькі да {known}). Абнаві quizapp, каб адкрыць іх; файл не зменены.</translation>
    </message>
    <message>
        <source>The scores in {folder} were saved by a newer version of quizapp. Update quizapp to use them; the file was not changed.</source>
        <translation>Вынікі ў {folder} захаваныя навейшай версіяй quizapp. Абнаві quizapp, каб адкрыць іх; файл не зменены.</translation>
    </message>
    <message>
        <source>The score database was damaged and there was no good backup, so it was set aside as {name} and a new, empty one was started.</source>
        <translation>База вынікаў была пашкоджаная, а спраўнай рэзервовай копіі не знайшлося, таму яна адкладзена як {name} і пачата новая, пустая.</translation>
    </message>
    <message>
        <source>The score database was damaged, so it was set aside as {name} and the backup from {when} was restored; answers given after that backup are missing.</source>
        <translation>База вынікаў была пашкоджаная, таму яна адкладзена як {name}, а рэзервовая копія ад {when} адноўленая; адказаў, дадзеных пасля гэтай копіі, у ёй няма.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the scores could not be made ({error}).</source>
        <translation>Сённяшнюю рэзервовую копію вынікаў зрабіць не ўдалося ({error}).</translation>
    </message>
    <message>
        <source>No backup could be made before the upgrade ({error}).</source>
        <translation>Перад абнаўленнем не ўдалося зрабіць рэзервовую копію ({error}).</translation>
    </message>
    <message>
        <source>The score database is closed.</source>
        <translation>База вынікаў зачыненая.</translation>
    </message>
    <message>
        <source>A profile cannot be merged with itself.</source>
        <translation>Профіль нельга аб&apos;яднаць з самім сабой.</translation>
    </message>
    <message>
        <source>There is no profile {id}; it may have been deleted.</source>
        <translation>Профілю {id} няма; магчыма, яго выдалілі.</translation>
    </message>
    <message>
        <source>There is no quiz run {id}; the answer was not saved.</source>
        <translation>Праходжання тэсту {id} няма; адказ не захаваны.</translation>
    </message>
    <message>
        <source>There is no quiz run {id}.</source>
        <translation>Праходжання тэсту {id} няма.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Red</source>
        <translation>Чырвоныя</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Сінія</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зялёныя</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Залатыя</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фіялетавыя</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Аранжавыя</translation>
    </message>
    <message>
        <source>Name of team {number}</source>
        <translation>Назва каманды {number}</translation>
    </message>
    <message>
        <source>Colour of team {number}</source>
        <translation>Колер каманды {number}</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Дадаць каманду</translation>
    </message>
    <message>
        <source>Add a team (up to six)</source>
        <translation>Дадаць каманду (да шасці)</translation>
    </message>
    <message>
        <source>Remove a team</source>
        <translation>Прыбраць каманду</translation>
    </message>
    <message>
        <source>Remove the last team</source>
        <translation>Прыбраць апошнюю каманду</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Spot the Trap</source>
        <translation>Распазнай пастку</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Паменшыць тэкст (Ctrl+мінус)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Паменшыць тэкст</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Павялічыць тэкст (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Павялічыць тэкст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Кантраст</translation>
    </message>
    <message>
        <source>High contrast on or off (Ctrl+Shift+H)</source>
        <translation>Уключыць або выключыць высокі кантраст (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокі кантраст</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Поўны экран</translation>
    </message>
    <message>
        <source>Full screen on or off (F11)</source>
        <translation>Поўны экран: уключыць або выключыць (F11)</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Профіль: {name}</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Agencies</source>
        <translation>Агенцтвы</translation>
    </message>
    <message>
        <source>Trafficking at home</source>
        <translation>Гандаль людзьмі ўнутры краіны</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Blue Heart Campaign</source>
        <translation>Кампанія «Блакітнае сэрца»</translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation>Хлопчыкі і мужчыны</translation>
    </message>
    <message>
        <source>The 2018 briefing</source>
        <translation>Брыфінг 2018 года</translation>
    </message>
    <message>
        <source>The summer camp</source>
        <translation>Летні лагер</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампаніі</translation>
    </message>
    <message>
        <source>Checking offers</source>
        <translation>Праверка прапаноў</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дзеці</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Дагаворы</translation>
    </message>
    <message>
        <source>Council of Europe</source>
        <translation>Савет Еўропы</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Доўг</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>Даўгавая кабала</translation>
    </message>
    <message>
        <source>Deception</source>
        <translation>Падман</translation>
    </message>
    <message>
        <source>What trafficking is</source>
        <translation>Што такое гандаль людзьмі</translation>
    </message>
    <message>
        <source>Words and meanings</source>
        <translation>Тэрміны і значэнні</translation>
    </message>
    <message>
        <source>Dialogue at the UN</source>
        <translation>Дыялог у ААН</translation>
    </message>
    <message>
        <source>Passports and documents</source>
        <translation>Пашпарты і дакументы</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <translation>Плата за працаўладкаванне</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Прымус да злачынстваў</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Прымусовая праца</translation>
    </message>
    <message>
        <source>GRETA</source>
        <translation>ГРЭТА</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Грумінг</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Гарачыя лініі</translation>
    </message>
    <message>
        <source>Helping a friend</source>
        <translation>Дапамога сябру</translation>
    </message>
    <message>
        <source>Hunting and fishing online</source>
        <translation>«Паляванне» і «рыбалка» ў сетцы</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation>Калі нешта пайшло не так</translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation>Запалохванне</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>МАМ</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Ізаляцыя</translation>
    </message>
    <message>
        <source>Job offers</source>
        <translation>Прапановы працы</translation>
    </message>
    <message>
        <source>Jobs abroad</source>
        <translation>Праца за мяжой</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Працоўная эксплуатацыя</translation>
    </message>
    <message>
        <source>The loverboy trick</source>
        <translation>Прыём «лавербоя»</translation>
    </message>
    <message>
        <source>Modelling offers</source>
        <translation>Прапановы ў мадэльным бізнесе</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Грошы</translation>
    </message>
    <message>
        <source>Money and documents</source>
        <translation>Грошы і дакументы</translation>
    </message>
    <message>
        <source>Myths</source>
        <translation>Міфы</translation>
    </message>
    <message>
        <source>Not your fault</source>
        <translation>Гэта не твая віна</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>У інтэрнэце</translation>
    </message>
    <message>
        <source>Palermo Protocol</source>
        <translation>Палермскі пратакол</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Вярбоўка</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Трывожныя сігналы</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Адносіны</translation>
    </message>
    <message>
        <source>UN resolutions</source>
        <translation>Рэзалюцыі ААН</translation>
    </message>
    <message>
        <source>Whose responsibility</source>
        <translation>Чыя адказнасць</translation>
    </message>
    <message>
        <source>Romance and grooming</source>
        <translation>Рамантыка і грумінг</translation>
    </message>
    <message>
        <source>Scam centres</source>
        <translation>Скам-цэнтры</translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation>Сэкс-шантаж</translation>
    </message>
    <message>
        <source>Sharing what you know</source>
        <translation>Дзяліся ведамі</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Незаконны ўвоз мігрантаў</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Сацсеткі</translation>
    </message>
    <message>
        <source>Facts and figures</source>
        <translation>Факты і лічбы</translation>
    </message>
    <message>
        <source>Study and au pair offers</source>
        <translation>Вучоба і au pair</translation>
    </message>
    <message>
        <source>Take It Down</source>
        <translation>Take It Down</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>A safe travel plan</source>
        <translation>План бяспечнай паездкі</translation>
    </message>
    <message>
        <source>Trusted adults</source>
        <translation>Дарослыя, якім давяраеш</translation>
    </message>
    <message>
        <source>The UN</source>
        <translation>ААН</translation>
    </message>
    <message>
        <source>UNODC</source>
        <translation>УНП ААН</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Хто ў групе рызыкі</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Заробак</translation>
    </message>
    <message>
        <source>Who is targeted</source>
        <translation>Каго выбіраюць мэтай</translation>
    </message>
    <message>
        <source>World Day</source>
        <translation>Сусветны дзень</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Моладзь</translation>
    </message>
</context>
<context>
    <name>TrueFalseEditor</name>
    <message>
        <source>The statement is…</source>
        <translation>Сцвярджэнне —</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Праўда</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>Сцвярджэнне правільнае</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Няпраўда</translation>
    </message>
    <message>
        <source>The statement is false</source>
        <translation>Сцвярджэнне няправільнае</translation>
    </message>
</context>
</TS>
