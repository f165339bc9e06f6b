<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>This text is {length} characters long; keep it to {limit}.</source>
        <translation>В этом тексте {length} симв.; оставь не больше {limit}.</translation>
    </message>
    <message>
        <source>Write the question here.</source>
        <translation>Напиши здесь вопрос.</translation>
    </message>
    <message>
        <source>Write the explanation: why this is the answer, and what to do.</source>
        <translation>Напиши объяснение: почему ответ такой и что делать.</translation>
    </message>
    <message>
        <source>Give your topic a title.</source>
        <translation>Придумай название для своей темы.</translation>
    </message>
    <message>
        <source>Write this answer, or remove it.</source>
        <translation>Напиши этот ответ или удали его.</translation>
    </message>
    <message>
        <source>Two answers read the same; make each one different.</source>
        <translation>Два ответа одинаковые; сделай их разными.</translation>
    </message>
    <message>
        <source>Write this step, or remove it.</source>
        <translation>Напиши этот шаг или удали его.</translation>
    </message>
    <message>
        <source>Write this part, or remove it.</source>
        <translation>Напиши эту часть или удали её.</translation>
    </message>
    <message>
        <source>Write the words of this red flag.</source>
        <translation>Напиши слова этого тревожного сигнала.</translation>
    </message>
    <message>
        <source>Say why this part is a red flag.</source>
        <translation>Объясни, почему эта часть — тревожный сигнал.</translation>
    </message>
    <message>
        <source>Fill in both sides of this pair, or remove it.</source>
        <translation>Заполни обе стороны этой пары или удали её.</translation>
    </message>
    <message>
        <source>Mark at least one answer as right.</source>
        <translation>Отметь хотя бы один ответ как верный.</translation>
    </message>
    <message>
        <source>Write at least 2 answers.</source>
        <translation>Напиши хотя бы 2 ответа.</translation>
    </message>
    <message>
        <source>Choose whether the statement is true or false.</source>
        <translation>Выбери, правда это утверждение или ложь.</translation>
    </message>
    <message>
        <source>Write at least 3 steps.</source>
        <translation>Напиши хотя бы 3 шага.</translation>
    </message>
    <message>
        <source>Two steps read the same; make each one different.</source>
        <translation>Два шага одинаковые; сделай их разными.</translation>
    </message>
    <message>
        <source>Write at least 3 pairs.</source>
        <translation>Напиши хотя бы 3 пары.</translation>
    </message>
    <message>
        <source>Two pairs share the same words on one side; make each one different.</source>
        <translation>У двух пар одинаковые слова с одной стороны; сделай их разными.</translation>
    </message>
    <message>
        <source>Mark at least one part of the message as a red flag.</source>
        <translation>Отметь хотя бы одну часть сообщения как тревожный сигнал.</translation>
    </message>
    <message>
        <source>Write the message, part by part.</source>
        <translation>Напиши сообщение по частям.</translation>
    </message>
    <message>
        <source>Mark exactly one answer as right (now {count} are marked).</source>
        <translation>Отметь ровно один верный ответ (сейчас отмечено: {count}).</translation>
    </message>
    <message>
        <source>Spot the Trap</source>
        <translation>Распознай ловушку</translation>
    </message>
    <message>
        <source>Certificate of learning</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <source>This is to say that</source>
        <translation>Этот сертификат получает</translation>
    </message>
    <message>
        <source>A quiz champion</source>
        <translation>Настоящий знаток</translation>
    </message>
    <message>
        <source>took part in the quiz</source>
        <translation>за участие в тесте</translation>
    </message>
    <message>
        <source>{right} of {asked} questions right</source>
        <translation>Верно: {right} из {asked}</translation>
    </message>
    <message>
        <source>{right} of 1 question right</source>
        <translation>Верно: {right} из 1</translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation>Что я теперь знаю</translation>
    </message>
    <message>
        <source>What I take away</source>
        <translation>Что я беру с собой</translation>
    </message>
    <message>
        <source>Traffickers exploit trust; every trick I can name is one that fails on me.</source>
        <translation>Торговцы людьми пользуются доверием; каждая уловка, которую я могу назвать, на мне уже не сработает.</translation>
    </message>
    <message>
        <source>Whatever happens, it is never the fault of the person targeted.</source>
        <translation>Что бы ни случилось, тот, кого пытаются обмануть, никогда не виноват.</translation>
    </message>
    <message>
        <source>I know where to get help, and I can help a friend find it.</source>
        <translation>Я знаю, где найти помощь, и могу помочь другу её найти.</translation>
    </message>
    <message>
        <source>Learn. Act. Share.</source>
        <translation>Узнай. Действуй. Делись.</translation>
    </message>
    <message>
        <source>Pass it on: tell a friend one thing you learnt today.</source>
        <translation>Передай дальше: расскажи другу что-то новое из сегодняшнего.</translation>
    </message>
    <message>
        <source>completed “{topic}”</source>
        <translation>тест «{topic}» пройден</translation>
    </message>
    <message>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>I can spot the trap. Can you?</source>
        <translation>Я распознаю ловушку. А ты?</translation>
    </message>
    <message>
        <source>Every question I answered made me harder to trick.</source>
        <translation>С каждым ответом меня всё сложнее обмануть.</translation>
    </message>
    <message>
        <source>Learn · Act · Share</source>
        <translation>Узнай · Действуй · Делись</translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Ложь</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Верно!</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Частично верно</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>✓ You found:</source>
        <translation>✓ Найдено:</translation>
    </message>
    <message>
        <source>✗ You missed:</source>
        <translation>✗ Пропущено:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <source>✗ Not a red flag:</source>
        <translation>✗ Не тревожный сигнал:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong, but your answers are saved. Please tell your facilitator; the details are in {log}.</source>
        <translation>Что-то пошло не так, но твои ответы сохранены. Скажи об этом ведущему; подробности — в файле {log}.</translation>
    </message>
    <message>
        <source>The data folder cannot be used:
{error}</source>
        <translation>Не удаётся использовать папку с данными:
{error}</translation>
    </message>
</context>
<context>
    <name>CampResetPage</name>
    <message>
        <source>The folder {folder} does not exist. Type or choose another.</source>
        <translation>Папки {folder} нет. Введите или выберите другую.</translation>
    </message>
    <message>
        <source>The archive could not be saved: {error}</source>
        <translation>Не удалось сохранить архив: {error}</translation>
    </message>
    <message>
        <source>Saved {file}: {profiles} profiles and {answers} answers, checked and readable.</source>
        <translation>Сохранено: {file}. Профилей: {profiles}, ответов: {answers}; файл проверен и читается.</translation>
    </message>
    <message>
        <source>Remove {profiles} profiles and {answers} answers from this laptop? Question banks, the PIN and the settings stay.</source>
        <translation>Удалить с этого ноутбука все профили ({profiles}) и ответы ({answers})? Банки вопросов, PIN-код и настройки останутся.</translation>
    </message>
    <message>
        <source>An archive of them is saved to {folder} first; if it cannot be saved, nothing is removed.</source>
        <translation>Сначала их архив будет сохранён в {folder}; если сохранить его не удастся, ничего не удалится.</translation>
    </message>
    <message>
        <source>Yes, reset this laptop</source>
        <translation>Да, сбросить этот ноутбук</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing was removed: the archive could not be saved (see above).</source>
        <translation>Ничего не удалено: архив не удалось сохранить (см. выше).</translation>
    </message>
    <message>
        <source>Nothing was removed: {error}</source>
        <translation>Ничего не удалено: {error}</translation>
    </message>
    <message>
        <source>Ready for the next group: {profiles} profiles and {answers} answers were removed.</source>
        <translation>Готово для следующей группы: удалено профилей — {profiles}, ответов — {answers}.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <source>This is not a quizapp archive.</source>
        <translation>Это не архив quizapp.</translation>
    </message>
    <message>
        <source>This file is refused: it holds something unexpected.</source>
        <translation>Этот файл отклонён: в нём есть что-то неожиданное.</translation>
    </message>
    <message>
        <source>This archive is damaged.</source>
        <translation>Этот архив повреждён.</translation>
    </message>
    <message>
        <source>This archive was made by a newer quizapp.</source>
        <translation>Этот архив создан более новой версией quizapp.</translation>
    </message>
    <message>
        <source>The data folder could not be written.</source>
        <translation>Не удалось записать в папку с данными.</translation>
    </message>
    <message>
        <source>{lead} Nothing was changed. ({detail})</source>
        <translation>{lead} Ничего не изменено. ({detail})</translation>
    </message>
    <message>
        <source>Type or choose the archive (.zip) to restore.</source>
        <translation>Введите или выберите архив (.zip) для восстановления.</translation>
    </message>
    <message>
        <source>The archive is good: made {when}, {profiles} profiles, {answers} answers.</source>
        <translation>Архив в порядке: создан {when}; профилей: {profiles}, ответов: {answers}.</translation>
    </message>
    <message>
        <source>Restoring replaces the {profiles} profiles and {answers} answers on this laptop with the archive&apos;s. A copy of them goes to the backups folder first.</source>
        <translation>Восстановление заменит профили ({profiles}) и ответы ({answers}) на этом ноутбуке данными из архива. Сначала их копия будет сохранена в папку резервных копий.</translation>
    </message>
    <message>
        <source>Restore this archive</source>
        <translation>Восстановить этот архив</translation>
    </message>
    <message>
        <source>Restored: {profiles} profiles and {answers} answers are back.</source>
        <translation>Восстановлено: профилей — {profiles}, ответов — {answers}.</translation>
    </message>
    <message>
        <source>End of camp</source>
        <translation>Конец смены</translation>
    </message>
    <message>
        <source>Carry the results home, then make the laptop ready for the next group.</source>
        <translation>Заберите результаты с собой, затем подготовьте ноутбук для следующей группы.</translation>
    </message>
    <message>
        <source>1. Save an archive</source>
        <translation>1. Сохраните архив</translation>
    </message>
    <message>
        <source>One .zip file with everything: a copy of the scores database, every answer as a spreadsheet (CSV) and the group report. Save it to a USB stick.</source>
        <translation>Один файл .zip со всем: копия базы результатов, все ответы в виде таблицы (CSV) и отчёт по группе. Сохраните его на флешку.</translation>
    </message>
    <message>
        <source>Save the archive</source>
        <translation>Сохранить архив</translation>
    </message>
    <message>
        <source>Save an archive of all results</source>
        <translation>Сохранить архив всех результатов</translation>
    </message>
    <message>
        <source>2. Reset for the next group</source>
        <translation>2. Сброс для следующей группы</translation>
    </message>
    <message>
        <source>Removes every profile and answer, after saving an archive of them if none was saved here since they were played. Question banks, packs, the PIN and the settings stay.</source>
        <translation>Удаляет все профили и ответы, но сначала сохраняет их архив, если после последней игры архив здесь ещё не сохраняли. Банки вопросов, пакеты, PIN-код и настройки остаются.</translation>
    </message>
    <message>
        <source>Reset this laptop…</source>
        <translation>Сбросить этот ноутбук…</translation>
    </message>
    <message>
        <source>Remove every profile and answer</source>
        <translation>Удалить все профили и ответы</translation>
    </message>
    <message>
        <source>Restore an archive</source>
        <translation>Восстановить архив</translation>
    </message>
    <message>
        <source>Brings back the profiles and answers of an archive. It is checked in full first; if anything is wrong, nothing changes.</source>
        <translation>Возвращает профили и ответы из архива. Сначала архив полностью проверяется; если что-то не так, ничего не меняется.</translation>
    </message>
    <message>
        <source>Archive file to restore</source>
        <translation>Файл архива для восстановления</translation>
    </message>
    <message>
        <source>quizapp-archive-….zip</source>
        <translation>quizapp-archive-….zip</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Check the archive before restoring it</source>
        <translation>Проверить архив перед восстановлением</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>{name}: {right} of {asked} right in “{topic}”, {date}.</source>
        <translation>{name}: верно {right} из {asked} в теме «{topic}», {date}.</translation>
    </message>
    <message>
        <source>Result card: {words}</source>
        <translation>Карточка результата: {words}</translation>
    </message>
    <message>
        <source>Certificate: {words}</source>
        <translation>Сертификат: {words}</translation>
    </message>
    <message>
        <source>Save the result card</source>
        <translation>Сохранить карточку результата</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Картинки PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Сохранить сертификат</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The card is saved: {file}</source>
        <translation>Карточка сохранена: {file}</translation>
    </message>
    <message>
        <source>Certificate: {name}</source>
        <translation>Сертификат: {name}</translation>
    </message>
    <message>
        <source>The certificate is saved: {file}</source>
        <translation>Сертификат сохранён: {file}</translation>
    </message>
    <message>
        <source>It could not be saved there ({error}). Try another folder.</source>
        <translation>Туда сохранить не получилось ({error}). Попробуй другую папку.</translation>
    </message>
    <message>
        <source>Back to my results</source>
        <translation>К моим результатам</translation>
    </message>
    <message>
        <source>Your card and certificate</source>
        <translation>Твоя карточка и сертификат</translation>
    </message>
    <message>
        <source>Save them, print them, share them: learn, act, share.</source>
        <translation>Сохрани, распечатай, поделись: узнай, действуй, делись.</translation>
    </message>
    <message>
        <source>Name on them</source>
        <translation>Имя на них</translation>
    </message>
    <message>
        <source>Name on the card and the certificate</source>
        <translation>Имя на карточке и сертификате</translation>
    </message>
    <message>
        <source>Result card (picture)</source>
        <translation>Карточка результата (картинка)</translation>
    </message>
    <message>
        <source>Certificate (A4, to print)</source>
        <translation>Сертификат (A4, для печати)</translation>
    </message>
    <message>
        <source>Save card (PNG)…</source>
        <translation>Карточка (PNG)…</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Сертификат (PDF)…</translation>
    </message>
    <message>
        <source>Save the card as a PNG</source>
        <translation>Сохранить карточку в PNG</translation>
    </message>
    <message>
        <source>Save the certificate as a PDF</source>
        <translation>Сохранить сертификат в PDF</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>a friend</source>
        <translation>друг</translation>
    </message>
    <message>
        <source>Your challenge on “{topic}” is waiting for {friend}.</source>
        <translation>Твой вызов по теме «{topic}» ждёт соперника: {friend}.</translation>
    </message>
    <message>
        <source>{count} questions ticked.</source>
        <translation>Отмечено вопросов: {count}.</translation>
    </message>
    <message>
        <source>1 question ticked.</source>
        <translation>Отмечен 1 вопрос.</translation>
    </message>
    <message>
        <source>Sign in first, then challenge a friend.</source>
        <translation>Сначала войди, потом бросай вызов другу.</translation>
    </message>
    <message>
        <source>Pick a topic first.</source>
        <translation>Сначала выбери тему.</translation>
    </message>
    <message>
        <source>Tick from {low} to {high} questions (now {count}).</source>
        <translation>Отметь от {low} до {high} вопросов (сейчас отмечено: {count}).</translation>
    </message>
    <message>
        <source>Well played, {name}! Your score stays hidden until the end.</source>
        <translation>Отличная игра, {name}! Твой результат скрыт до конца.</translation>
    </message>
    <message>
        <source>Pass the laptop to {friend}</source>
        <translation>Передай ноутбук. Очередь: {friend}</translation>
    </message>
    <message>
        <source>Pass the laptop to your friend</source>
        <translation>Передай ноутбук другу</translation>
    </message>
    <message>
        <source>{friend}, you get the same {count} questions. Pick your name, or type it if you are new here.</source>
        <translation>{friend}, тебе достанутся те же вопросы ({count}). Выбери своё имя или напиши его, если ты здесь впервые.</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>That is the challenger&apos;s name. The friend plays as themselves.</source>
        <translation>Это имя того, кто бросил вызов. Друг играет под своим именем.</translation>
    </message>
    <message>
        <source>Pick your name, or type it, then start.</source>
        <translation>Выбери своё имя или напиши его и начинай.</translation>
    </message>
    <message>
        <source>That profile is gone; pick another name.</source>
        <translation>Этого профиля больше нет; выбери другое имя.</translation>
    </message>
    <message>
        <source>A draw: {right} each! Two sharp minds.</source>
        <translation>Ничья: по {right}! Оба молодцы.</translation>
    </message>
    <message>
        <source>{name} wins this round!</source>
        <translation>В этом раунде побеждает {name}!</translation>
    </message>
    <message>
        <source>You both got {both} of {total} right. Talk about the ones one of you missed: that is how a trick stops working.</source>
        <translation>Вы оба ответили верно на {both} из {total}. Обсудите вопросы, где кто-то ошибся: так уловка перестаёт работать.</translation>
    </message>
    <message>
        <source>{name}: {right} right out of {total}</source>
        <translation>{name}: верно {right} из {total}</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>★ Winner</source>
        <translation>★ Победитель</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>–  not answered</source>
        <translation>–  нет ответа</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ верно</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ ошибка</translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>К темам</translation>
    </message>
    <message>
        <source>Challenge a friend</source>
        <translation>Вызов другу</translation>
    </message>
    <message>
        <source>Pick the questions and play them first. Then pass the laptop: your friend plays the very same ones, and you compare scores.</source>
        <translation>Выбери вопросы и сыграй первым. Потом передай ноутбук: друг ответит на те же самые вопросы, и вы сравните результаты.</translation>
    </message>
    <message>
        <source>Pass it on now</source>
        <translation>Передать сейчас</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Topic of the challenge</source>
        <translation>Тема вызова</translation>
    </message>
    <message>
        <source>How many questions</source>
        <translation>Сколько вопросов</translation>
    </message>
    <message>
        <source>How many questions to pick at random</source>
        <translation>Сколько вопросов выбрать случайно</translation>
    </message>
    <message>
        <source>Pick others at random</source>
        <translation>Выбрать другие случайно</translation>
    </message>
    <message>
        <source>The questions (tick or untick to change them)</source>
        <translation>Вопросы (отметь или сними отметку, чтобы изменить набор)</translation>
    </message>
    <message>
        <source>Questions of the challenge; Space ticks or unticks one</source>
        <translation>Вопросы вызова; пробел ставит или снимает отметку</translation>
    </message>
    <message>
        <source>Who do you challenge? (optional)</source>
        <translation>Кому бросаешь вызов? (необязательно)</translation>
    </message>
    <message>
        <source>Your friend&apos;s name (optional)</source>
        <translation>Имя друга (необязательно)</translation>
    </message>
    <message>
        <source>Your friend&apos;s name</source>
        <translation>Имя друга</translation>
    </message>
    <message>
        <source>Play my turn</source>
        <translation>Сыграть свой ход</translation>
    </message>
    <message>
        <source>Start: I play first</source>
        <translation>Начать: я играю первым</translation>
    </message>
    <message>
        <source>Already here? Pick your name</source>
        <translation>Уже есть профиль? Выбери своё имя</translation>
    </message>
    <message>
        <source>Profiles on this laptop</source>
        <translation>Профили на этом ноутбуке</translation>
    </message>
    <message>
        <source>New here? Type your name</source>
        <translation>Ты здесь впервые? Напиши своё имя</translation>
    </message>
    <message>
        <source>Your name, if you are new here</source>
        <translation>Твоё имя, если ты здесь впервые</translation>
    </message>
    <message>
        <source>Start my turn</source>
        <translation>Начать мой ход</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Not now: back to the topics</source>
        <translation>Не сейчас: назад к темам</translation>
    </message>
    <message>
        <source>Challenge result</source>
        <translation>Итог вызова</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>По вопросам</translation>
    </message>
    <message>
        <source>See my answers</source>
        <translation>Посмотреть мои ответы</translation>
    </message>
    <message>
        <source>The topic of this challenge is not here any more.</source>
        <translation>Темы этого вызова здесь больше нет.</translation>
    </message>
</context>
<context>
    <name>ChoiceQuestionWidget</name>
    <message>
        <source>Answer {number}: {text}</source>
        <translation>Ответ {number}: {text}</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose · Enter check</source>
        <translation>Клавиши: 1–9 — выбрать · Enter — проверить</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Выбери все подходящие ответы.</translation>
    </message>
    <message>
        <source>Is it true or false?</source>
        <translation>Правда или ложь?</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Выбери один ответ.</translation>
    </message>
    <message>
        <source>Choose at least one answer first.</source>
        <translation>Сначала выбери хотя бы один ответ.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Сначала выбери ответ.</translation>
    </message>
    <message>
        <source>Your answer: right</source>
        <translation>Твой ответ: верно</translation>
    </message>
    <message>
        <source>This one is right too</source>
        <translation>Этот тоже верный</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <source>Your answer: not right</source>
        <translation>Твой ответ: неверно</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Answer {number}</source>
        <translation>Ответ {number}</translation>
    </message>
    <message>
        <source>{item}: its text</source>
        <translation>{item}: текст</translation>
    </message>
    <message>
        <source>Write an answer</source>
        <translation>Напиши ответ</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Верный ответ</translation>
    </message>
    <message>
        <source>{item} is right</source>
        <translation>{item} — верный</translation>
    </message>
    <message>
        <source>{item}: what to say if someone picks it (optional)</source>
        <translation>{item}: что сказать, если его выберут (необязательно)</translation>
    </message>
    <message>
        <source>What to say if someone picks it (optional)</source>
        <translation>Что сказать, если его выберут (необязательно)</translation>
    </message>
    <message>
        <source>Tick every right answer; at least one.</source>
        <translation>Отметь все верные ответы, хотя бы один.</translation>
    </message>
    <message>
        <source>Tick the one right answer.</source>
        <translation>Отметь один верный ответ.</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Добавить ответ</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>A new topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>{title} ({count} questions)</source>
        <translation>{title} (вопросов: {count})</translation>
    </message>
    <message>
        <source>{title} (1 question)</source>
        <translation>{title} (1 вопрос)</translation>
    </message>
    <message>
        <source>This topic cannot be opened: {problem}</source>
        <translation>Эту тему не получается открыть: {problem}</translation>
    </message>
    <message>
        <source>{number}. {prompt} ({kind})</source>
        <translation>{number}. {prompt} ({kind})</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Вопрос {number}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Сохранить вопрос</translation>
    </message>
    <message>
        <source>The preview appears when the question is complete.</source>
        <translation>Предпросмотр появится, когда вопрос будет готов.</translation>
    </message>
    <message>
        <source>Give your topic a title.</source>
        <translation>Придумай название для своей темы.</translation>
    </message>
    <message>
        <source>Not saved yet: mend the marked fields and save again.</source>
        <translation>Пока не сохранено: исправь отмеченные поля и сохрани снова.</translation>
    </message>
    <message>
        <source>Not saved yet: mend the marked field and save again.</source>
        <translation>Пока не сохранено: исправь отмеченное поле и сохрани снова.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не сохранено: {problems}</translation>
    </message>
    <message>
        <source>The topic could not be saved ({error}). Nothing was changed.</source>
        <translation>Не удалось сохранить тему ({error}). Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Saved. “{title}” now has {count} questions and is on the home page. Write another one, or share the topic.</source>
        <translation>Сохранено. В теме «{title}» теперь вопросов: {count}, она есть на главной странице. Напиши ещё один вопрос или поделись темой.</translation>
    </message>
    <message>
        <source>Saved. “{title}” has its first question and is on the home page. Write another one, or share the topic.</source>
        <translation>Сохранено. В теме «{title}» появился первый вопрос, она есть на главной странице. Напиши ещё один или поделись темой.</translation>
    </message>
    <message>
        <source>A topic needs at least one question. Write another before deleting this.</source>
        <translation>В теме должен быть хотя бы один вопрос. Напиши ещё один, прежде чем удалять этот.</translation>
    </message>
    <message>
        <source>Delete question {number} from this topic?</source>
        <translation>Удалить вопрос {number} из этой темы?</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The question was deleted.</source>
        <translation>Вопрос удалён.</translation>
    </message>
    <message>
        <source>The question you are writing has changes that are not saved. Leave them?</source>
        <translation>В вопросе, который ты пишешь, есть несохранённые изменения. Выйти без них?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Выйти без сохранения</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Продолжить писать</translation>
    </message>
    <message>
        <source>Your topic is ready to share: save it as a pack file, and a friend&apos;s laptop can add it. Or challenge a friend to play it here.</source>
        <translation>Твоя тема готова: сохрани её в файл-пакет, и её можно будет добавить на ноутбук друга. Или брось другу вызов и дай сыграть в неё здесь.</translation>
    </message>
    <message>
        <source>Write your own questions</source>
        <translation>Напиши свои вопросы</translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>К темам</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Which topic to write for</source>
        <translation>Для какой темы писать</translation>
    </message>
    <message>
        <source>Or import a GIFT or Aiken file…</source>
        <translation>Или импортируй файл GIFT или Aiken…</translation>
    </message>
    <message>
        <source>Import questions from a GIFT or Aiken file</source>
        <translation>Импортировать вопросы из файла GIFT или Aiken</translation>
    </message>
    <message>
        <source>Title of the topic</source>
        <translation>Название темы</translation>
    </message>
    <message>
        <source>For example: Job offers that are too good</source>
        <translation>Например: Слишком хорошие предложения работы</translation>
    </message>
    <message>
        <source>One line about it (optional)</source>
        <translation>Одна строка о ней (необязательно)</translation>
    </message>
    <message>
        <source>One line about the topic (optional)</source>
        <translation>Одна строка о теме (необязательно)</translation>
    </message>
    <message>
        <source>Questions in this topic</source>
        <translation>Вопросы в этой теме</translation>
    </message>
    <message>
        <source>Questions in this topic; choose one to change it</source>
        <translation>Вопросы в этой теме; выбери вопрос, чтобы изменить его</translation>
    </message>
    <message>
        <source>No questions yet. Write the first one below and save it.</source>
        <translation>Вопросов пока нет. Напиши первый ниже и сохрани его.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Saving checks the question; anything to mend is marked in red.</source>
        <translation>При сохранении вопрос проверяется; всё, что нужно исправить, отмечается красным.</translation>
    </message>
    <message>
        <source>Preview: how it looks in the quiz</source>
        <translation>Предпросмотр: как это выглядит в тесте</translation>
    </message>
    <message>
        <source>Answer it here and press “Try it” to test it.</source>
        <translation>Ответь здесь и нажми «Проверить», чтобы испытать вопрос.</translation>
    </message>
    <message>
        <source>Share this topic…</source>
        <translation>Поделиться темой…</translation>
    </message>
</context>
<context>
    <name>FacilitatorArea</name>
    <message>
        <source>The PIN is set. Keep it from the students; if it is forgotten, “quizapp facilitator reset-pin” clears it.</source>
        <translation>PIN-код задан. Не показывайте его участникам; если его забудут, команда «quizapp facilitator reset-pin» его сбросит.</translation>
    </message>
    <message>
        <source>These banks have no questions to ask.</source>
        <translation>В этих банках нет вопросов.</translation>
    </message>
    <message>
        <source>The session is over. Facilitator: type the PIN to go on.</source>
        <translation>Занятие окончено. Ведущему: введите PIN-код, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Для ведущего</translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Set up and run a session</source>
        <translation>Настроить и провести занятие</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>What the group missed</source>
        <translation>В чём ошиблась группа</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Rename, delete or merge profiles</source>
        <translation>Переименовать, удалить или объединить профили</translation>
    </message>
    <message>
        <source>Question packs</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Install a question pack</source>
        <translation>Установить пакет вопросов</translation>
    </message>
    <message>
        <source>End of camp</source>
        <translation>Конец смены</translation>
    </message>
    <message>
        <source>Archive, reset or restore</source>
        <translation>Архив, сброс или восстановление</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Lock the facilitator area and go back to the students</source>
        <translation>Закрыть раздел для ведущего и вернуться к участникам</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Why</source>
        <translation>Почему так</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <source>The red flags in this message</source>
        <translation>Тревожные сигналы в этом сообщении</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Save files in</source>
        <translation>Сохранять файлы в</translation>
    </message>
    <message>
        <source>Folder that files are saved in</source>
        <translation>Папка, в которую сохраняются файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the folder that files are saved in</source>
        <translation>Выбрать папку для сохранения файлов</translation>
    </message>
</context>
<context>
    <name>GroupReportModel</name>
    <message>
        <source>{percent}% right ({right} of {answered})</source>
        <translation>{percent}% верно ({right} из {answered})</translation>
    </message>
    <message>
        <source>{right} of {answered} answers right, from {students} students</source>
        <translation>Верных ответов: {right} из {answered}; участников: {students}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
</context>
<context>
    <name>GroupReportPage</name>
    <message>
        <source>All kinds of play</source>
        <translation>Все режимы</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Challenge a friend</source>
        <translation>Вызов другу</translation>
    </message>
    <message>
        <source>Facilitator sessions</source>
        <translation>Занятия с ведущим</translation>
    </message>
    <message>
        <source>No answers match this filter yet.</source>
        <translation>Под этот фильтр пока не подходит ни один ответ.</translation>
    </message>
    <message>
        <source>Question {id} of {bank} (the bank is not on this laptop)</source>
        <translation>Вопрос {id} из банка {bank} (этого банка нет на ноутбуке)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Type or choose another.</source>
        <translation>Папки {folder} нет. Введите или выберите другую.</translation>
    </message>
    <message numerus="yes">
        <source>%n times: {answer}</source>
        <translation>
            <numerusform>%n раз: {answer}</numerusform>
            <numerusform>%n раза: {answer}</numerusform>
            <numerusform>%n раз: {answer}</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {players} · {topics}</source>
        <translation>{when}: {players} · {topics}</translation>
    </message>
    <message>
        <source>{answers} from {students} on {questions}: {percent}% right.</source>
        <translation>{answers}, {students}, {questions}. Верно: {percent}%.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% right: {right} of {answered}, from {students}</source>
        <translation>Верно {percent}%: {right} из {answered}; {students}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <comment>of a question</comment>
        <translation>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students</source>
        <comment>from whom</comment>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n other answers</source>
        <translation>
            <numerusform>… и ещё %n ответ</numerusform>
            <numerusform>… и ещё %n ответа</numerusform>
            <numerusform>… и ещё %n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {file}: %n questions.</source>
        <translation>
            <numerusform>Сохранено в {file}: %n вопрос.</numerusform>
            <numerusform>Сохранено в {file}: %n вопроса.</numerusform>
            <numerusform>Сохранено в {file}: %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Отчёт по группе</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>не удалось записать PDF</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Не удаётся записать {file}: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <source>every answer on this laptop</source>
        <translation>все ответы на этом ноутбуке</translation>
    </message>
    <message>
        <source>Covers: {what}</source>
        <translation>Охват: {what}</translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation>Составлен {when}</translation>
    </message>
    <message>
        <source>Questions, the most missed first</source>
        <translation>Вопросы: сначала те, где больше всего ошибок</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Report on all dates</source>
        <translation>Отчёт за все даты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Первый день отчёта</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Последний день отчёта</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Kind of play to report on</source>
        <translation>Режим для отчёта</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Show the report per question</source>
        <translation>Показать отчёт по вопросам</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Show the report per student</source>
        <translation>Показать отчёт по участникам</translation>
    </message>
    <message>
        <source>Questions the group answered, the most missed first, with the percent right</source>
        <translation>Вопросы, на которые отвечала группа: сначала те, где больше всего ошибок, с процентом верных ответов</translation>
    </message>
    <message>
        <source>Each student&apos;s answers and percent right</source>
        <translation>Ответы каждого участника и процент верных</translation>
    </message>
    <message>
        <source>No answers to report yet. They appear here as soon as students play.</source>
        <translation>Пока нет ответов для отчёта. Они появятся здесь, как только участники начнут играть.</translation>
    </message>
    <message>
        <source>Choose a question (arrows, or click) to see it here with its explanation.</source>
        <translation>Выберите вопрос (стрелками или щелчком), чтобы увидеть его здесь с объяснением.</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему так</translation>
    </message>
    <message>
        <source>What the group chose</source>
        <translation>Что выбирала группа</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Сохранить в CSV</translation>
    </message>
    <message>
        <source>Save the report as a CSV spreadsheet</source>
        <translation>Сохранить отчёт как таблицу CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Save the report as a PDF to print</source>
        <translation>Сохранить отчёт в PDF для печати</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>A help file could not be read, so another one is shown. Please tell your facilitator:
{lines}</source>
        <translation>Один файл помощи не удалось прочитать, поэтому показан другой. Скажи об этом ведущему:
{lines}</translation>
    </message>
    <message>
        <source>The help file could not be read. Please tell your facilitator:
{lines}</source>
        <translation>Файл помощи не удалось прочитать. Скажи об этом ведущему:
{lines}</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Где найти помощь</translation>
    </message>
    <message>
        <source>Whatever has happened, it is never your fault. Talk to your facilitator or another adult you trust, today.</source>
        <translation>Что бы ни случилось, в этом никогда нет твоей вины. Поговори с ведущим или другим взрослым, которому доверяешь, — уже сегодня.</translation>
    </message>
    <message>
        <source>Who you can contact</source>
        <translation>К кому можно обратиться</translation>
    </message>
    <message>
        <source>For facilitators</source>
        <translation>Для ведущих</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Checked by your facilitator</source>
        <translation>Проверено ведущим</translation>
    </message>
    <message>
        <source>Not checked yet: ask your facilitator whether it works before you rely on it</source>
        <translation>Ещё не проверено: прежде чем на это рассчитывать, спроси ведущего, работает ли этот контакт</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>1 question</source>
        <translation>1 вопрос</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Best: {right} / {asked}</source>
        <translation>Рекорд: {right} / {asked}</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Пока без попыток</translation>
    </message>
    <message>
        <source>✓ Chosen</source>
        <translation>✓ Выбрано</translation>
    </message>
    <message>
        <source>You have a quiz in progress: {title}. {done} of {total} answered.</source>
        <translation>У тебя есть незаконченный тест: {title}. Отвечено: {done} из {total}.</translation>
    </message>
    <message numerus="yes">
        <source>Questions you missed come back until you know them. %n are waiting for you.</source>
        <translation>
            <numerusform>Вопросы с ошибками возвращаются, пока ты их не выучишь. Тебя ждёт %n вопрос.</numerusform>
            <numerusform>Вопросы с ошибками возвращаются, пока ты их не выучишь. Тебя ждут %n вопроса.</numerusform>
            <numerusform>Вопросы с ошибками возвращаются, пока ты их не выучишь. Тебя ждут %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions you missed come back until you know them. One is waiting for you.</source>
        <translation>Вопросы с ошибками возвращаются, пока ты их не выучишь. Тебя ждёт один вопрос.</translation>
    </message>
    <message>
        <source>Practice: questions from several topics</source>
        <translation>Повторение: вопросы из разных тем</translation>
    </message>
    <message>
        <source>Write questions</source>
        <translation>Написать вопросы</translation>
    </message>
    <message>
        <source>Write your own questions</source>
        <translation>Напиши свои вопросы</translation>
    </message>
    <message>
        <source>Challenge a friend</source>
        <translation>Вызов другу</translation>
    </message>
    <message>
        <source>Challenge a friend on this laptop</source>
        <translation>Брось вызов другу на этом ноутбуке</translation>
    </message>
    <message>
        <source>Share topics</source>
        <translation>Поделиться темами</translation>
    </message>
    <message>
        <source>Share topics as a pack file</source>
        <translation>Поделиться темами в файле-пакете</translation>
    </message>
    <message>
        <source>Pick a topic from the list first.</source>
        <translation>Сначала выбери тему из списка.</translation>
    </message>
    <message>
        <source>This topic could not be opened. Pick another one.</source>
        <translation>Эту тему не удалось открыть. Выбери другую.</translation>
    </message>
    <message>
        <source>Hi, {name}!</source>
        <translation>Привет, {name}!</translation>
    </message>
    <message>
        <source>Hi!</source>
        <translation>Привет!</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Мой прогресс</translation>
    </message>
    <message>
        <source>My progress: streak, topics, best scores and past quizzes</source>
        <translation>Мой прогресс: серия дней, темы, рекорды и прошлые тесты</translation>
    </message>
    <message>
        <source>Pick a topic and start a quiz. Every answer teaches you a trick to spot.</source>
        <translation>Выбери тему и начни тест. Каждый ответ учит замечать новую уловку.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Topics; choose one, then press Enter to start</source>
        <translation>Темы: выбери одну и нажми Enter, чтобы начать</translation>
    </message>
    <message>
        <source>No topics could be loaded. Ask your facilitator to check the question banks.</source>
        <translation>Не удалось загрузить ни одной темы. Попроси ведущего проверить банки вопросов.</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Start a quiz on the chosen topic</source>
        <translation>Начать тест по выбранной теме</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Carry on with the quiz in progress</source>
        <translation>Продолжить незаконченный тест</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Close the quiz in progress; your answers stay saved</source>
        <translation>Закрыть незаконченный тест; твои ответы останутся сохранёнными</translation>
    </message>
    <message>
        <source>Practise weak spots</source>
        <translation>Повторить слабые места</translation>
    </message>
    <message>
        <source>Practise the questions I missed before</source>
        <translation>Повторить вопросы, в которых были ошибки</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Где найти помощь</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out, so the next person can pick their name</source>
        <translation>Выйти, чтобы следующий мог выбрать своё имя</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>The picture for this question could not be shown.</source>
        <translation>Не удалось показать картинку к этому вопросу.</translation>
    </message>
    <message>
        <source>Picture for this question</source>
        <translation>Картинка к вопросу</translation>
    </message>
</context>
<context>
    <name>ImportQuestionsPage</name>
    <message>
        <source>Choose a GIFT or Aiken file</source>
        <translation>Выбери файл GIFT или Aiken</translation>
    </message>
    <message>
        <source>Question files (*.gift *.txt *.aiken);;All files (*)</source>
        <translation>Файлы с вопросами (*.gift *.txt *.aiken);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“{title}”: {count} questions carried over from {file} ({format}).</source>
        <translation>«{title}»: перенесено вопросов из {file} ({format}): {count}.</translation>
    </message>
    <message>
        <source>“{title}”: 1 question carried over from {file} ({format}).</source>
        <translation>«{title}»: перенесён 1 вопрос из {file} ({format}).</translation>
    </message>
    <message>
        <source>{count} had no explanation; they say “{placeholder}” until someone writes one (open the topic in “Write your own questions”): {ids}</source>
        <translation>Без объяснения: {count}; пока его никто не напишет, там стоит «{placeholder}» (открой тему в разделе «Напиши свои вопросы»): {ids}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Not carried over ({count})</source>
        <translation>Не перенесено ({count})</translation>
    </message>
    <message>
        <source>Everything in the file was carried over.</source>
        <translation>Всё из файла перенесено.</translation>
    </message>
    <message>
        <source>This file could not be imported: {reason}</source>
        <translation>Этот файл не получилось импортировать: {reason}</translation>
    </message>
    <message>
        <source>This file could not be read: {reason}</source>
        <translation>Этот файл не получилось прочитать: {reason}</translation>
    </message>
    <message>
        <source>This file could not be imported because of an unexpected problem.</source>
        <translation>Этот файл не импортирован из-за неожиданной ошибки.</translation>
    </message>
    <message>
        <source>A topic with the id “{id}” is here already; convert the file again.</source>
        <translation>Тема с идентификатором «{id}» уже есть; преобразуй файл заново.</translation>
    </message>
    <message>
        <source>The topic could not be saved ({error}).</source>
        <translation>Не удалось сохранить тему ({error}).</translation>
    </message>
    <message>
        <source>Saved. “{title}” is on the home page now.</source>
        <translation>Сохранено. Тема «{title}» уже на главной странице.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Import questions from GIFT or Aiken</source>
        <translation>Импорт вопросов из GIFT или Aiken</translation>
    </message>
    <message>
        <source>Questions exported from Moodle (GIFT) or written in Aiken become a topic. You see them, and what could not be carried over, before anything is saved.</source>
        <translation>Вопросы, выгруженные из Moodle (GIFT) или записанные в формате Aiken, становятся темой. Ещё до сохранения ты увидишь их и то, что перенести не удалось.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose a question file</source>
        <translation>Выбрать файл с вопросами</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Определить по файлу</translation>
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
        <translation>Язык вопросов</translation>
    </message>
    <message>
        <source>Title of the topic (optional)</source>
        <translation>Название темы (необязательно)</translation>
    </message>
    <message>
        <source>Convert again with these choices</source>
        <translation>Преобразовать заново с этими настройками</translation>
    </message>
    <message>
        <source>The questions, as the quiz shows them</source>
        <translation>Вопросы — так, как их покажет тест</translation>
    </message>
    <message>
        <source>Converted questions; choose one to see it</source>
        <translation>Преобразованные вопросы; выбери вопрос, чтобы посмотреть его</translation>
    </message>
    <message>
        <source>Save as a topic</source>
        <translation>Сохранить как тему</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>in English</source>
        <translation>на английском</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <source>in Belarusian</source>
        <translation>на белорусском</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>язык: {language}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>One question bank file has problems, so it is left out.</source>
        <translation>В одном файле с вопросами есть ошибки, поэтому он пропущен.</translation>
    </message>
    <message numerus="yes">
        <source>%n question bank files have problems, so they are left out.</source>
        <translation>
            <numerusform>%n файл с вопросами содержит ошибки и пропущен.</numerusform>
            <numerusform>%n файла с вопросами содержат ошибки и пропущены.</numerusform>
            <numerusform>%n файлов с вопросами содержат ошибки и пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other topics work as usual. Details are for your facilitator.</source>
        <translation>Остальные темы работают как обычно. Подробности — для ведущего.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Spot the Trap</source>
        <translation>Распознай ловушку</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Полный экран</translation>
    </message>
</context>
<context>
    <name>MatchQuestionWidget</name>
    <message>
        <source>Choose its partner…</source>
        <translation>Выбери пару…</translation>
    </message>
    <message>
        <source>Partner for: {item}</source>
        <translation>Пара для: {item}</translation>
    </message>
    <message>
        <source>Keys: Tab next item · ↑/↓ choose its partner · Enter check</source>
        <translation>Клавиши: Tab — следующий пункт · ↑/↓ — выбрать пару · Enter — проверить</translation>
    </message>
    <message>
        <source>Pick the partner of each item from its list.</source>
        <translation>Для каждого пункта выбери пару из списка.</translation>
    </message>
    <message>
        <source>Pick a partner for every item first.</source>
        <translation>Сначала выбери пару для каждого пункта.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Not right. Its partner is: {right}</source>
        <translation>Неверно. Правильная пара: {right}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Show the details of this notice</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Скрыть это уведомление</translation>
    </message>
</context>
<context>
    <name>OrderQuestionWidget</name>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Переместить выбранный шаг выше (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Переместить выбранный шаг ниже (Alt+Down)</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ select · Alt+↑/↓ move · Enter check</source>
        <translation>Клавиши: ↑/↓ — выбрать · Alt+↑/↓ — переместить · Enter — проверить</translation>
    </message>
    <message>
        <source>Drag the steps into the right order, or select one and press Alt+Up / Alt+Down.</source>
        <translation>Расставь шаги в правильном порядке: перетаскивай их или выбери шаг и нажимай Alt+Up / Alt+Down.</translation>
    </message>
    <message>
        <source>In the right place</source>
        <translation>На своём месте</translation>
    </message>
    <message>
        <source>Belongs in place {number}</source>
        <translation>Должен быть на месте {number}</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Step in place {position} of {total}: {text}</source>
        <translation>Шаг на месте {position} из {total}: {text}</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>yours</source>
        <translation>твоя</translation>
    </message>
    <message>
        <source>comes with the app</source>
        <translation>встроена в приложение</translation>
    </message>
    <message>
        <source>{title} — {count} questions, {where}</source>
        <translation>{title} — вопросов: {count}, {where}</translation>
    </message>
    <message>
        <source>Tick at least one topic first.</source>
        <translation>Сначала отметь хотя бы одну тему.</translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Quiz packs (*.quizpack)</source>
        <translation>Пакеты тестов (*.quizpack)</translation>
    </message>
    <message>
        <source>Saving the pack…</source>
        <translation>Сохраняю пакет…</translation>
    </message>
    <message>
        <source>Saved {count} topics to {file}.</source>
        <translation>Сохранено тем: {count}, файл: {file}.</translation>
    </message>
    <message>
        <source>Saved 1 topic to {file}.</source>
        <translation>Сохранена 1 тема, файл: {file}.</translation>
    </message>
    <message>
        <source>Pictures included: {count}.</source>
        <translation>Картинок в пакете: {count}.</translation>
    </message>
    <message>
        <source>Copy it to a USB stick; a facilitator can add it on another laptop.</source>
        <translation>Скопируй его на флешку: ведущий сможет добавить его на другом ноутбуке.</translation>
    </message>
    <message>
        <source>The pack was not saved: {reason}</source>
        <translation>Пакет не сохранён: {reason}</translation>
    </message>
    <message>
        <source>The pack was not saved because of an unexpected problem.</source>
        <translation>Пакет не сохранён из-за неожиданной ошибки.</translation>
    </message>
    <message>
        <source>Choose a pack</source>
        <translation>Выбери пакет</translation>
    </message>
    <message>
        <source>Quiz packs (*.quizpack);;All files (*)</source>
        <translation>Пакеты тестов (*.quizpack);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Step 1 of 3: checking every file in the pack…</source>
        <translation>Шаг 1 из 3: проверяю каждый файл в пакете…</translation>
    </message>
    <message>
        <source>Nothing to install: these topics are already here.</source>
        <translation>Устанавливать нечего: эти темы уже есть.</translation>
    </message>
    <message>
        <source>Step 2 of 3: read what the pack will do, then decide.</source>
        <translation>Шаг 2 из 3: прочитай, что сделает пакет, и реши.</translation>
    </message>
    <message>
        <source>This pack updates topics this laptop already has (see above). Students&apos; answers and scores stay. Update them?</source>
        <translation>Этот пакет обновит темы, которые уже есть на ноутбуке (см. выше). Ответы и результаты участников сохранятся. Обновить?</translation>
    </message>
    <message>
        <source>Yes, update</source>
        <translation>Да, обновить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Install these topics?</source>
        <translation>Установить эти темы?</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Pack “{title}” by {author}, made {date}:</source>
        <translation>Пакет «{title}», автор: {author}, создан {date}:</translation>
    </message>
    <message>
        <source>Pack “{title}”, made {date}:</source>
        <translation>Пакет «{title}», создан {date}:</translation>
    </message>
    <message>
        <source>• Update “{title}” from version {old} to {new} ({languages}, {count} questions).</source>
        <translation>• Обновить «{title}» с версии {old} до {new} ({languages}; вопросов: {count}).</translation>
    </message>
    <message>
        <source>It is the copy kept apart here as ‘{id}’, beside a different topic that uses the id ‘{original}’.</source>
        <translation>Это отдельная копия под идентификатором «{id}»: рядом есть другая тема с идентификатором «{original}».</translation>
    </message>
    <message>
        <source>• Install “{title}” as ‘{id}’, version {version} ({languages}, {count} questions). A different topic here already uses the id ‘{original}’; both are kept, nothing is replaced.</source>
        <translation>• Установить «{title}» под идентификатором «{id}», версия {version} ({languages}; вопросов: {count}). Идентификатор «{original}» уже занят другой темой; сохранятся обе, ничего не заменяется.</translation>
    </message>
    <message>
        <source>• Install “{title}”, version {version} ({languages}, {count} questions).</source>
        <translation>• Установить «{title}», версия {version} ({languages}; вопросов: {count}).</translation>
    </message>
    <message>
        <source>It goes beside the app&apos;s own version {version} as a newer copy.</source>
        <translation>Она встанет рядом со встроенной версией {version} как более новая копия.</translation>
    </message>
    <message>
        <source>Keeps the {languages} already here.</source>
        <translation>Уже имеющиеся версии остаются: {languages}.</translation>
    </message>
    <message>
        <source>Removes the {languages} here, which no longer matches.</source>
        <translation>Удаляет имеющиеся версии, которые больше не совпадают: {languages}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>Step 3 of 3: installing…</source>
        <translation>Шаг 3 из 3: устанавливаю…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Updated “{title}” to version {version}.</source>
        <translation>Тема «{title}» обновлена до версии {version}.</translation>
    </message>
    <message>
        <source>Installed “{title}” as ‘{id}’, beside the topic already here.</source>
        <translation>Тема «{title}» установлена под идентификатором «{id}», рядом с уже имеющейся.</translation>
    </message>
    <message>
        <source>Installed “{title}”.</source>
        <translation>Тема «{title}» установлена.</translation>
    </message>
    <message>
        <source>The topics are on the home page now.</source>
        <translation>Темы уже на главной странице.</translation>
    </message>
    <message>
        <source>This pack was not installed: {reason}</source>
        <translation>Этот пакет не установлен: {reason}</translation>
    </message>
    <message>
        <source>This pack cannot be used, so nothing was installed: {reason}</source>
        <translation>Этот пакет нельзя использовать, поэтому ничего не установлено: {reason}</translation>
    </message>
    <message>
        <source>This pack cannot be used: {reason}</source>
        <translation>Этот пакет нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>The pack could not be read or installed: {reason}</source>
        <translation>Не удалось прочитать или установить пакет: {reason}</translation>
    </message>
    <message>
        <source>The pack could not be installed because of an unexpected problem.</source>
        <translation>Пакет не установлен из-за неожиданной ошибки.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was installed.</source>
        <translation>Отменено: ничего не установлено.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Packs: share topics between laptops</source>
        <translation>Пакеты: делись темами между ноутбуками</translation>
    </message>
    <message>
        <source>Add topics from a pack file, or save topics to one for another laptop.</source>
        <translation>Добавь темы из файла-пакета или сохрани темы в пакет для другого ноутбука.</translation>
    </message>
    <message>
        <source>Share topics</source>
        <translation>Поделиться темами</translation>
    </message>
    <message>
        <source>Learn, act, share: save topics to a pack file and pass what you know on to your friends.</source>
        <translation>Узнай, действуй, делись: сохрани темы в файл-пакет и передай свои знания друзьям.</translation>
    </message>
    <message>
        <source>Save topics to a pack file</source>
        <translation>Сохранить темы в файл-пакет</translation>
    </message>
    <message>
        <source>Tick the topics to share. The pack holds every language of them and their pictures; a facilitator adds it on another laptop.</source>
        <translation>Отметь темы, которыми хочешь поделиться. В пакет попадут все их языки и картинки; ведущий добавит его на другом ноутбуке.</translation>
    </message>
    <message>
        <source>Topics to put in the pack; tick with Space</source>
        <translation>Темы для пакета; отмечай пробелом</translation>
    </message>
    <message>
        <source>Name of the pack (optional)</source>
        <translation>Название пакета (необязательно)</translation>
    </message>
    <message>
        <source>Made by (optional; others will see it)</source>
        <translation>Автор (необязательно; это увидят другие)</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>Сохранить пакет…</translation>
    </message>
    <message>
        <source>Save the pack to a file</source>
        <translation>Сохранить пакет в файл</translation>
    </message>
    <message>
        <source>Add topics from a pack</source>
        <translation>Добавить темы из пакета</translation>
    </message>
    <message>
        <source>Every file of the pack is checked first. You see what it will install or update before anything changes; an unsafe or broken pack installs nothing.</source>
        <translation>Сначала проверяется каждый файл пакета. Ты увидишь, что он установит или обновит, ещё до любых изменений; небезопасный или повреждённый пакет ничего не установит.</translation>
    </message>
    <message>
        <source>Choose a pack file…</source>
        <translation>Выбрать файл-пакет…</translation>
    </message>
    <message>
        <source>Choose a pack file</source>
        <translation>Выбрать файл-пакет</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Type or choose a .quizpack file.</source>
        <translation>Введите или выберите файл .quizpack.</translation>
    </message>
    <message>
        <source>Nothing to install: {error}</source>
        <translation>Устанавливать нечего: {error}</translation>
    </message>
    <message>
        <source>This pack cannot be installed: {error}</source>
        <translation>Этот пакет нельзя установить: {error}</translation>
    </message>
    <message>
        <source>Nothing to install: every bank in this pack is here already.</source>
        <translation>Устанавливать нечего: все банки из этого пакета уже есть.</translation>
    </message>
    <message numerus="yes">
        <source>The pack is good: %n banks to install.</source>
        <translation>
            <numerusform>Пакет в порядке: будет установлен %n банк.</numerusform>
            <numerusform>Пакет в порядке: будут установлены %n банка.</numerusform>
            <numerusform>Пакет в порядке: будут установлены %n банков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the banks of this pack for everyone on this laptop?</source>
        <translation>Установить банки из этого пакета для всех на этом ноутбуке?</translation>
    </message>
    <message>
        <source>It replaces banks that are installed already.</source>
        <translation>Уже установленные банки будут заменены.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was installed: {error}</source>
        <translation>Ничего не установлено: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n banks. Students see them on their topic list now.</source>
        <translation>
            <numerusform>Установлен %n банк. Участники уже видят его в списке тем.</numerusform>
            <numerusform>Установлено %n банка. Участники уже видят их в списке тем.</numerusform>
            <numerusform>Установлено %n банков. Участники уже видят их в списке тем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question packs</source>
        <translation>Пакеты вопросов</translation>
    </message>
    <message>
        <source>Install banks that other camps shared as a .quizpack file, e.g. from a USB stick. Every bank in the pack is checked first; all are installed, or none.</source>
        <translation>Установите банки, которыми поделились другие лагеря в файле .quizpack, например с флешки. Сначала проверяется каждый банк пакета; устанавливаются либо все, либо ни одного.</translation>
    </message>
    <message>
        <source>Pack file to install</source>
        <translation>Файл пакета для установки</translation>
    </message>
    <message>
        <source>…/banks.quizpack</source>
        <translation>…/банки.quizpack</translation>
    </message>
    <message>
        <source>Check the pack</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Check the pack before installing it</source>
        <translation>Проверить пакет перед установкой</translation>
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
        <translation>{item}: левая сторона</translation>
    </message>
    <message>
        <source>{item}: its partner</source>
        <translation>{item}: её пара</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Левая сторона</translation>
    </message>
    <message>
        <source>Its partner</source>
        <translation>Её пара</translation>
    </message>
    <message>
        <source>Write each item with its partner; the quiz shuffles the partners.</source>
        <translation>Напиши каждый пункт и его пару; в тесте пары перемешаются.</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Добавить пару</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>A PIN has 4 to 32 letters or digits, with no spaces. Try another.</source>
        <translation>PIN-код — это от 4 до 32 букв или цифр без пробелов. Попробуйте другой.</translation>
    </message>
    <message>
        <source>Now type the same PIN again to confirm it.</source>
        <translation>Теперь введите тот же PIN-код ещё раз, чтобы подтвердить его.</translation>
    </message>
    <message>
        <source>This PIN is easy to guess. It will work, but you may want another: press “Choose a different PIN”.</source>
        <translation>Этот PIN-код легко угадать. Он подойдёт, но, возможно, лучше выбрать другой: нажмите «Выбрать другой PIN-код».</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Type a new PIN, then type it again.</source>
        <translation>PIN-коды не совпали. Введите новый PIN-код, а затем повторите его.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Подождите %n секунду и попробуйте снова.</numerusform>
            <numerusform>Слишком много неверных попыток. Подождите %n секунды и попробуйте снова.</numerusform>
            <numerusform>Слишком много неверных попыток. Подождите %n секунд и попробуйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try the PIN again now.</source>
        <translation>Теперь можно снова ввести PIN-код.</translation>
    </message>
    <message>
        <source>Facilitator area</source>
        <translation>Раздел для ведущего</translation>
    </message>
    <message>
        <source>Type the facilitator PIN. Students: this part is for your facilitator.</source>
        <translation>Введите PIN-код ведущего. Участникам: этот раздел только для ведущего.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the facilitator area</source>
        <translation>Открыть раздел для ведущего</translation>
    </message>
    <message>
        <source>Set a facilitator PIN</source>
        <translation>Задайте PIN-код ведущего</translation>
    </message>
    <message>
        <source>No PIN is set on this laptop yet. Choose one (4 to 32 letters or digits) and keep it from the students: it guards the reports, profiles and the reset. A forgotten PIN is cleared with “quizapp facilitator reset-pin”.</source>
        <translation>На этом ноутбуке ещё нет PIN-кода. Придумайте его (от 4 до 32 букв или цифр) и не показывайте участникам: он защищает отчёты, профили и сброс. Забытый PIN-код сбрасывается командой «quizapp facilitator reset-pin».</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Use this PIN, then confirm it</source>
        <translation>Использовать этот PIN-код, затем подтвердить его</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Подтвердите PIN-код</translation>
    </message>
    <message>
        <source>Type the new PIN once more, to be sure of it.</source>
        <translation>Введите новый PIN-код ещё раз, чтобы не ошибиться.</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>Confirm and set the PIN</source>
        <translation>Подтвердить и задать PIN-код</translation>
    </message>
    <message>
        <source>Choose a different PIN</source>
        <translation>Выбрать другой PIN-код</translation>
    </message>
    <message>
        <source>Start again with a different PIN</source>
        <translation>Начать заново с другим PIN-кодом</translation>
    </message>
    <message>
        <source>Back to students</source>
        <translation>Назад к участникам</translation>
    </message>
    <message>
        <source>Back to the list of students</source>
        <translation>Вернуться к списку участников</translation>
    </message>
</context>
<context>
    <name>PodiumView</name>
    <message>
        <source>The podium</source>
        <translation>Пьедестал</translation>
    </message>
    <message numerus="yes">
        <source>{place}. {team}: %n points</source>
        <translation>
            <numerusform>{place}. {team}: %n очко</numerusform>
            <numerusform>{place}. {team}: %n очка</numerusform>
            <numerusform>{place}. {team}: %n очков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n очко</numerusform>
            <numerusform>%n очка</numerusform>
            <numerusform>%n очков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place}: {teams}, %n points</source>
        <translation>
            <numerusform>Место {place}: {teams}, %n очко</numerusform>
            <numerusform>Место {place}: {teams}, %n очка</numerusform>
            <numerusform>Место {place}: {teams}, %n очков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileSummaryModel</name>
    <message>
        <source>Student</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <source>Last played</source>
        <translation>Последняя игра</translation>
    </message>
</context>
<context>
    <name>ProfilesAdminPage</name>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>Профиль {old} переименован в {new}.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удалить {name}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n answers</source>
        <translation>
            <numerusform>{name} · %n ответ</numerusform>
            <numerusform>{name} · %n ответа</numerusform>
            <numerusform>{name} · %n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n answers</source>
        <translation>
            <numerusform>{name}: %n ответ</numerusform>
            <numerusform>{name}: %n ответа</numerusform>
            <numerusform>{name}: %n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and their %n answers? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить профиль {name} и его %n ответ? Это нельзя отменить.</numerusform>
            <numerusform>Удалить профиль {name} и его %n ответа? Это нельзя отменить.</numerusform>
            <numerusform>Удалить профиль {name} и его %n ответов? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} and {target} are the same person: move %n answers of {name} to {target}, then remove {name}?</source>
        <translation>
            <numerusform>{name} и {target} — один и тот же человек: перенести %n ответ из профиля {name} в {target} и удалить {name}?</numerusform>
            <numerusform>{name} и {target} — один и тот же человек: перенести %n ответа из профиля {name} в {target} и удалить {name}?</numerusform>
            <numerusform>{name} и {target} — один и тот же человек: перенести %n ответов из профиля {name} в {target} и удалить {name}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into {target}</source>
        <translation>Объединить с {target}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>Профиль {name} удалён.</translation>
    </message>
    <message>
        <source>{name} was merged into {target}.</source>
        <translation>Профиль {name} объединён с {target}.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Only here can a profile be renamed, deleted or merged: students cannot do it.</source>
        <translation>Переименовать, удалить или объединить профили можно только здесь: участники этого сделать не могут.</translation>
    </message>
    <message>
        <source>Profiles on this laptop</source>
        <translation>Профили на этом ноутбуке</translation>
    </message>
    <message>
        <source>No profiles on this laptop yet.</source>
        <translation>На этом ноутбуке пока нет профилей.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое имя</translation>
    </message>
    <message>
        <source>New name for this profile</source>
        <translation>Новое имя для этого профиля</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename this profile</source>
        <translation>Переименовать этот профиль</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Тот же человек, что и</translation>
    </message>
    <message>
        <source>The profile to merge this one into</source>
        <translation>Профиль, с которым объединить этот</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Merge this profile into the one chosen</source>
        <translation>Объединить этот профиль с выбранным</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete this profile and its answers</source>
        <translation>Удалить этот профиль и его ответы</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Sign in as {name}</source>
        <translation>Войти как {name}</translation>
    </message>
    <message>
        <source>Type your name first, then press Enter.</source>
        <translation>Сначала напиши своё имя, потом нажми Enter.</translation>
    </message>
    <message>
        <source>Who&apos;s playing?</source>
        <translation>Кто играет?</translation>
    </message>
    <message>
        <source>Pick your name to sign in, or add yourself below.</source>
        <translation>Выбери своё имя, чтобы войти, или добавь себя ниже.</translation>
    </message>
    <message>
        <source>No one has joined yet. Be the first: type your name below.</source>
        <translation>Пока здесь никого нет. Напиши своё имя ниже — и начнём!</translation>
    </message>
    <message>
        <source>New here? Type your name</source>
        <translation>Ты здесь впервые? Напиши своё имя</translation>
    </message>
    <message>
        <source>Your first name or a nickname</source>
        <translation>Твоё имя или ник</translation>
    </message>
    <message>
        <source>Your name for a new profile</source>
        <translation>Твоё имя для нового профиля</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <source>Create my profile and sign in</source>
        <translation>Создать профиль и войти</translation>
    </message>
    <message>
        <source>Profiles on this laptop; press Enter or click a name to sign in</source>
        <translation>Профили на этом ноутбуке: нажми Enter или щёлкни по имени, чтобы войти</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Для ведущего</translation>
    </message>
    <message>
        <source>Facilitator area (asks for the PIN)</source>
        <translation>Раздел для ведущего (нужен PIN-код)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Practice: questions from several topics</source>
        <translation>Повторение: вопросы из разных тем</translation>
    </message>
    <message>
        <source>{title} (practice)</source>
        <translation>{title} (повторение)</translation>
    </message>
    <message>
        <source>{title} (challenge)</source>
        <translation>{title} (вызов)</translation>
    </message>
    <message>
        <source>{right} of {asked} right ({percent})</source>
        <translation>Верно {right} из {asked} ({percent})</translation>
    </message>
    <message>
        <source>Your progress, {name}</source>
        <translation>Твой прогресс, {name}</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Серии пока нет</translation>
    </message>
    <message>
        <source>Answer a question today to start one.</source>
        <translation>Ответь сегодня на вопрос, чтобы её начать.</translation>
    </message>
    <message>
        <source>1 day in a row</source>
        <translation>1 день подряд</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n день подряд</numerusform>
            <numerusform>%n дня подряд</numerusform>
            <numerusform>%n дней подряд</numerusform>
        </translation>
    </message>
    <message>
        <source>You answered today. See you tomorrow!</source>
        <translation>Сегодня ответ уже есть. До завтра!</translation>
    </message>
    <message>
        <source>Answer a question today to keep it going.</source>
        <translation>Ответь сегодня на вопрос, чтобы не прервать серию.</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 ответ</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is saved.</source>
        <translation>Каждый сохранён.</translation>
    </message>
    <message>
        <source>on 1 day</source>
        <translation>за 1 день</translation>
    </message>
    <message numerus="yes">
        <source>on %n different days</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to practise now</source>
        <translation>Сейчас нечего повторять</translation>
    </message>
    <message>
        <source>1 question to practise</source>
        <translation>1 вопрос на повторение</translation>
    </message>
    <message numerus="yes">
        <source>%n questions to practise</source>
        <translation>
            <numerusform>%n вопрос на повторение</numerusform>
            <numerusform>%n вопроса на повторение</numerusform>
            <numerusform>%n вопросов на повторение</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more comes back on a later day.</source>
        <translation>Ещё 1 вернётся в другой день.</translation>
    </message>
    <message numerus="yes">
        <source>%n more come back on later days.</source>
        <translation>
            <numerusform>Ещё %n вернётся в другие дни.</numerusform>
            <numerusform>Ещё %n вернутся в другие дни.</numerusform>
            <numerusform>Ещё %n вернутся в другие дни.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start them from the home page.</source>
        <translation>Начни их на главной странице.</translation>
    </message>
    <message>
        <source>Questions you miss come back here to practise.</source>
        <translation>Вопросы с ошибками вернутся сюда для повторения.</translation>
    </message>
    <message>
        <source>Here are your {count} strongest and {count} weakest of {total} topics.</source>
        <translation>Вот твои самые сильные и самые слабые темы (по {count} из {total}).</translation>
    </message>
    <message>
        <source>Topics you know</source>
        <translation>Твои знания по темам</translation>
    </message>
    <message>
        <source>Show fewer topics</source>
        <translation>Показать меньше тем</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n topics</source>
        <translation>
            <numerusform>Показать все темы (%n)</numerusform>
            <numerusform>Показать все темы (%n)</numerusform>
            <numerusform>Показать все темы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}: {answers}</source>
        <translation>Сегодня, {day}: {answers}</translation>
    </message>
    <message>
        <source>{answers} in the last {days} days</source>
        <translation>{answers} за последние {days} дней</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Ответы по дням</translation>
    </message>
    <message>
        <source>Best scores</source>
        <translation>Рекорды</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>Сегодня, {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Вчера, {time}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Закончен</translation>
    </message>
    <message>
        <source>{right} / {asked}</source>
        <translation>{right} / {asked}</translation>
    </message>
    <message>
        <source>Your quizzes show up here once you start one.</source>
        <translation>Твои тесты появятся здесь, как только ты начнёшь первый.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n quizzes are shown.</source>
        <translation>
            <numerusform>Показан последний %n тест.</numerusform>
            <numerusform>Показаны последние %n теста.</numerusform>
            <numerusform>Показаны последние %n тестов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>К темам</translation>
    </message>
    <message>
        <source>Back to the list of topics</source>
        <translation>Вернуться к списку тем</translation>
    </message>
    <message>
        <source>Every answer you give is saved here. Keep going: every trap you learn counts.</source>
        <translation>Здесь сохраняется каждый твой ответ. Продолжай: каждая разгаданная ловушка на счету.</translation>
    </message>
    <message>
        <source>Day streak</source>
        <translation>Дней подряд</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>For each topic: how many questions you got right the last time you answered.</source>
        <translation>По каждой теме: сколько верных ответов было в последний раз.</translation>
    </message>
    <message>
        <source>{asked} of {total} answered</source>
        <translation>отвечено {asked} из {total}</translation>
    </message>
    <message>
        <source>Not finished: {done}</source>
        <translation>Не закончен: {done}</translation>
    </message>
    <message>
        <source>Stopped: {done}</source>
        <translation>Прерван: {done}</translation>
    </message>
    <message>
        <source>Answer a few questions and your topics show up here.</source>
        <translation>Ответь на несколько вопросов — и здесь появятся твои темы.</translation>
    </message>
    <message>
        <source>Finish a quiz and your best score for it shows up here.</source>
        <translation>Закончи тест — и здесь появится твой рекорд.</translation>
    </message>
    <message>
        <source>Your quizzes</source>
        <translation>Твои тесты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Как прошло</translation>
    </message>
    <message>
        <source>Your latest quizzes</source>
        <translation>Твои последние тесты</translation>
    </message>
</context>
<context>
    <name>ProjectorPage</name>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Осталась %n секунда</numerusform>
            <numerusform>Осталось %n секунды</numerusform>
            <numerusform>Осталось %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Time&apos;s up!</source>
        <translation>Время вышло!</translation>
    </message>
    <message>
        <source>Team {team}: right, one point!</source>
        <translation>Команда «{team}»: верно, одно очко!</translation>
    </message>
    <message>
        <source>Team {team} gave no answer.</source>
        <translation>Команда «{team}» не дала ответа.</translation>
    </message>
    <message>
        <source>Team {team}: not this time.</source>
        <translation>Команда «{team}»: в этот раз нет.</translation>
    </message>
    <message>
        <source>No answer was given.</source>
        <translation>Ответа не было.</translation>
    </message>
    <message>
        <source>Next: team {team}, question {number} of {total}</source>
        <translation>Дальше: команда «{team}», вопрос {number} из {total}</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Занятие окончено</translation>
    </message>
    <message>
        <source>{right} right out of {asked}</source>
        <translation>Верно: {right} из {asked}</translation>
    </message>
    <message>
        <source>{name} got {right} of {asked} right. Every answer is saved for the group report.</source>
        <translation>{name}: верно {right} из {asked}. Все ответы сохранены для отчёта по группе.</translation>
    </message>
    <message>
        <source>An answer could not be saved ({error}).</source>
        <translation>Не удалось сохранить ответ ({error}).</translation>
    </message>
    <message>
        <source>Team {team}&apos;s turn</source>
        <translation>Ход команды «{team}»</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Вопрос {number} из {total}</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>{done} of {total} questions done</source>
        <translation>Отвечено: {done} из {total}</translation>
    </message>
    <message>
        <source>Reveal the answer (R)</source>
        <translation>Показать ответ (R)</translation>
    </message>
    <message>
        <source>Reveal the answer (R or Space)</source>
        <translation>Показать ответ (R или пробел)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Finish the session; the facilitator area asks for the PIN again</source>
        <translation>Завершить занятие; раздел для ведущего снова попросит PIN-код</translation>
    </message>
    <message>
        <source>Scoreboard (N)</source>
        <translation>Табло (N)</translation>
    </message>
    <message>
        <source>Show the scoreboard (N)</source>
        <translation>Показать табло (N)</translation>
    </message>
    <message>
        <source>See the podium (N)</source>
        <translation>К пьедесталу (N)</translation>
    </message>
    <message>
        <source>See the score (N)</source>
        <translation>Показать результат (N)</translation>
    </message>
    <message>
        <source>Next question (N)</source>
        <translation>Следующий вопрос (N)</translation>
    </message>
    <message>
        <source>Go on to the next question (N)</source>
        <translation>Перейти к следующему вопросу (N)</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Закончить занятие</translation>
    </message>
    <message>
        <source>End the session now; answers stay saved</source>
        <translation>Закончить занятие сейчас; ответы останутся сохранёнными</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose · R or Space reveal</source>
        <translation>Клавиши: 1–9 — выбрать · R или пробел — показать ответ</translation>
    </message>
    <message>
        <source>Keys: N or Enter finish</source>
        <translation>Клавиши: N или Enter — завершить</translation>
    </message>
    <message>
        <source>Keys: N, Space or Enter go on</source>
        <translation>Клавиши: N, пробел или Enter — дальше</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>a picture</source>
        <translation>картинка</translation>
    </message>
    <message>
        <source>a mock message</source>
        <translation>макет сообщения</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>topic tags</source>
        <translation>метки тем</translation>
    </message>
    <message>
        <source>This question also has {things}; they are kept as they are.</source>
        <translation>У этого вопроса есть ещё: {things}; они остаются без изменений.</translation>
    </message>
    <message>
        <source>One right answer</source>
        <translation>Один верный ответ</translation>
    </message>
    <message>
        <source>Several right answers</source>
        <translation>Несколько верных ответов</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Правда или ложь</translation>
    </message>
    <message>
        <source>Put the steps in order</source>
        <translation>Расставить шаги по порядку</translation>
    </message>
    <message>
        <source>Match the pairs</source>
        <translation>Соединить пары</translation>
    </message>
    <message>
        <source>Spot the red flags in a message</source>
        <translation>Найти тревожные сигналы в сообщении</translation>
    </message>
    <message>
        <source>Players pick one answer; exactly one is right.</source>
        <translation>Игроки выбирают один ответ; верный ровно один.</translation>
    </message>
    <message>
        <source>Players pick every answer that applies.</source>
        <translation>Игроки выбирают все подходящие ответы.</translation>
    </message>
    <message>
        <source>Players say whether a statement is true or false.</source>
        <translation>Игроки решают, правда утверждение или ложь.</translation>
    </message>
    <message>
        <source>Players put steps in the right order.</source>
        <translation>Игроки расставляют шаги в правильном порядке.</translation>
    </message>
    <message>
        <source>Players pair each item with its partner.</source>
        <translation>Игроки соединяют каждый пункт с его парой.</translation>
    </message>
    <message>
        <source>Players tap the parts of a message that are red flags.</source>
        <translation>Игроки нажимают на части сообщения, которые являются тревожными сигналами.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пары</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Тип вопроса</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>For example: Which of these job offers is a red flag?</source>
        <translation>Например: Какое из этих предложений работы — тревожный сигнал?</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Shown after the answer: why it is right, and what someone can do.</source>
        <translation>Показывается после ответа: почему он верный и что можно сделать.</translation>
    </message>
    <message>
        <source>Explanation, shown after the answer</source>
        <translation>Объяснение, которое показывается после ответа</translation>
    </message>
    <message>
        <source>For example: Real employers never ask you to pay to get a job.</source>
        <translation>Например: Настоящие работодатели никогда не берут денег за трудоустройство.</translation>
    </message>
    <message>
        <source>How hard is it?</source>
        <translation>Насколько он сложный?</translation>
    </message>
    <message>
        <source>How hard is the question</source>
        <translation>Сложность вопроса</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Лёгкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Сложный</translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>The preview appears here as you write.</source>
        <translation>Предпросмотр появится здесь, пока ты пишешь.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Try the question: check the answer given in the preview</source>
        <translation>Испытать вопрос: проверить ответ, данный в предпросмотре</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Ещё раз</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Answer the question first.</source>
        <translation>Сначала ответь на вопрос.</translation>
    </message>
    <message>
        <source>Keys: Tab move · Enter check</source>
        <translation>Клавиши: Tab — дальше · Enter — проверить</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Вопрос {number} из {total}</translation>
    </message>
    <message>
        <source>{done} of {total} questions done</source>
        <translation>Отвечено: {done} из {total}</translation>
    </message>
    <message>
        <source>Enter: go on</source>
        <translation>Enter — дальше</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Мой результат</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>Your answers could not be saved ({error}). Please tell your facilitator.</source>
        <translation>Не удалось сохранить ответы ({error}). Скажи об этом ведущему.</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Сделать паузу</translation>
    </message>
    <message>
        <source>Stop for now; your answers are saved and you can carry on later</source>
        <translation>Сделать паузу: ответы сохранены, продолжить можно позже</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation>Проверить мой ответ (Enter)</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Дальше (Enter)</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v из %m</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Score: {right} right out of {asked}</source>
        <translation>Результат: {right} верно из {asked}</translation>
    </message>
    <message>
        <source>You got {right} of {asked} right.</source>
        <translation>Верных ответов: {right} из {asked}.</translation>
    </message>
    <message>
        <source>Brilliant: every one right! Share what you know with a friend.</source>
        <translation>Блестяще: всё верно! Поделись тем, что знаешь, с другом.</translation>
    </message>
    <message>
        <source>Great work. Have a look at the ones you missed below.</source>
        <translation>Отличная работа! Посмотри ниже вопросы, где были ошибки.</translation>
    </message>
    <message>
        <source>Good going. Each question you review makes a trap easier to spot.</source>
        <translation>Хорошо идёшь! Каждый разобранный вопрос помогает легче замечать ловушки.</translation>
    </message>
    <message>
        <source>These tricks are designed to fool people. Read the reviews below: every one you learn makes you harder to trick.</source>
        <translation>Эти уловки придуманы, чтобы обманывать людей. Прочитай разбор ниже: с каждым выученным ответом тебя всё сложнее обмануть.</translation>
    </message>
    <message>
        <source>Retry the ones I missed ({count})</source>
        <translation>Повторить ошибки ({count})</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>Раунд окончен</translation>
    </message>
    <message>
        <source>Something on your mind?</source>
        <translation>Что-то беспокоит?</translation>
    </message>
    <message>
        <source>Whatever has happened, it is never your fault. See who you can talk to, today.</source>
        <translation>Что бы ни случилось, в этом нет твоей вины. Посмотри, с кем можно поговорить, — уже сегодня.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Где найти помощь</translation>
    </message>
    <message>
        <source>Back to topics</source>
        <translation>К темам</translation>
    </message>
    <message>
        <source>Back to the list of topics</source>
        <translation>Вернуться к списку тем</translation>
    </message>
    <message>
        <source>Retry the questions I missed</source>
        <translation>Повторить вопросы, где были ошибки</translation>
    </message>
    <message>
        <source>Card and certificate</source>
        <translation>Карточка и сертификат</translation>
    </message>
    <message>
        <source>Save a result card or a certificate of this quiz</source>
        <translation>Сохрани карточку результата или сертификат за этот тест</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Твои ответы</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Question {number}: {verdict}</source>
        <translation>Вопрос {number}: {verdict}</translation>
    </message>
    <message>
        <source>The red flags</source>
        <translation>Тревожные сигналы</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Твой ответ</translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему так</translation>
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
        <translation>{item}: выше</translation>
    </message>
    <message>
        <source>{item}: move down</source>
        <translation>{item}: ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Удалить: {item}</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS-сообщение</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>Public post</source>
        <translation>Публичный пост</translation>
    </message>
    <message>
        <source>♡ Like     Comment     Share</source>
        <translation>♡ Нравится     Комментировать     Поделиться</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Sponsored · {sender}</source>
        <translation>Спонсор · {sender}</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>Chat message from {sender}</source>
        <translation>Сообщение в чате от {sender}</translation>
    </message>
    <message>
        <source>Text message from {sender}</source>
        <translation>SMS от {sender}</translation>
    </message>
    <message>
        <source>Social media post by {sender}</source>
        <translation>Пост в соцсети от {sender}</translation>
    </message>
    <message>
        <source>Online ad from {sender}</source>
        <translation>Онлайн-реклама от {sender}</translation>
    </message>
    <message>
        <source>Email from {sender}</source>
        <translation>Письмо от {sender}</translation>
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
            <numerusform>%n очко</numerusform>
            <numerusform>%n очка</numerusform>
            <numerusform>%n очков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: place {place}, %n points</source>
        <translation>
            <numerusform>{team}: место {place}, %n очко</numerusform>
            <numerusform>{team}: место {place}, %n очка</numerusform>
            <numerusform>{team}: место {place}, %n очков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSetupPage</name>
    <message numerus="yes">
        <source>{title} (%n questions)</source>
        <translation>
            <numerusform>{title} (%n вопрос)</numerusform>
            <numerusform>{title} (%n вопроса)</numerusform>
            <numerusform>{title} (%n вопросов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one or more banks.</source>
        <translation>Отметьте один или несколько банков.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions from the chosen banks: {turns} for each of {teams} teams.</source>
        <translation>
            <numerusform>%n вопрос из выбранных банков: по {turns} на команду (команд: {teams}).</numerusform>
            <numerusform>%n вопроса из выбранных банков: по {turns} на команду (команд: {teams}).</numerusform>
            <numerusform>%n вопросов из выбранных банков: по {turns} на команду (команд: {teams}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions from the chosen banks.</source>
        <translation>
            <numerusform>%n вопрос из выбранных банков.</numerusform>
            <numerusform>%n вопроса из выбранных банков.</numerusform>
            <numerusform>%n вопросов из выбранных банков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one bank first.</source>
        <translation>Сначала отметьте хотя бы один банк.</translation>
    </message>
    <message>
        <source>Choose the student who will play.</source>
        <translation>Выберите участника, который будет играть.</translation>
    </message>
    <message>
        <source>These banks have too few questions for one turn per team.</source>
        <translation>В этих банках слишком мало вопросов, чтобы у каждой команды был ход.</translation>
    </message>
    <message>
        <source>Team play needs at least two teams.</source>
        <translation>Для командной игры нужно хотя бы две команды.</translation>
    </message>
    <message>
        <source>Team play takes at most six teams.</source>
        <translation>В командной игре может быть не больше шести команд.</translation>
    </message>
    <message>
        <source>Give every team a name.</source>
        <translation>Дайте название каждой команде.</translation>
    </message>
    <message>
        <source>A team name can be at most 30 characters long.</source>
        <translation>Название команды — не длиннее 30 символов.</translation>
    </message>
    <message>
        <source>Two teams have the same name; give each its own.</source>
        <translation>У двух команд одинаковые названия; дайте каждой своё.</translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation>Провести занятие</translation>
    </message>
    <message>
        <source>Choose the banks, how many questions and how fast; then a student plays, or teams take turns on this laptop, on the projector if you like.</source>
        <translation>Выберите банки, число вопросов и темп; затем играет один участник или команды по очереди на этом ноутбуке — можно через проектор.</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Банки вопросов</translation>
    </message>
    <message>
        <source>Question banks for the session; Space ticks or unticks one</source>
        <translation>Банки вопросов для занятия; пробел отмечает или снимает отметку</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Число вопросов</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Вперемешку</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как в банке</translation>
    </message>
    <message>
        <source>Order of the questions</source>
        <translation>Порядок вопросов</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Ограничение времени</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
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
        <translation>Время на один вопрос</translation>
    </message>
    <message>
        <source>Projector mode: full screen, very large text</source>
        <translation>Режим проектора: весь экран, очень крупный текст</translation>
    </message>
    <message>
        <source>Who plays</source>
        <translation>Кто играет</translation>
    </message>
    <message>
        <source>Teams take turns on this laptop</source>
        <translation>Команды по очереди на этом ноутбуке</translation>
    </message>
    <message>
        <source>One student:</source>
        <translation>Один участник:</translation>
    </message>
    <message>
        <source>One student plays; answers are saved</source>
        <translation>Играет один участник; ответы сохраняются</translation>
    </message>
    <message>
        <source>The student who plays</source>
        <translation>Участник, который играет</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Начать занятие</translation>
    </message>
</context>
<context>
    <name>SpotEditor</name>
    <message>
        <source>Part {number}</source>
        <translation>Часть {number}</translation>
    </message>
    <message>
        <source>{item}: its words</source>
        <translation>{item}: слова</translation>
    </message>
    <message>
        <source>Words of the message</source>
        <translation>Слова сообщения</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Тревожный сигнал</translation>
    </message>
    <message>
        <source>{item} is a red flag</source>
        <translation>{item} — тревожный сигнал</translation>
    </message>
    <message>
        <source>{item}: why it is a red flag</source>
        <translation>{item}: почему это тревожный сигнал</translation>
    </message>
    <message>
        <source>Why is it a red flag? (for red flags)</source>
        <translation>Почему это тревожный сигнал? (для тревожных сигналов)</translation>
    </message>
    <message>
        <source>Write the message part by part, in order. Tick the parts that are red flags and say why.</source>
        <translation>Напиши сообщение по частям, по порядку. Отметь части, которые являются тревожными сигналами, и объясни почему.</translation>
    </message>
    <message>
        <source>Who sent it (optional)</source>
        <translation>Кто отправил (необязательно)</translation>
    </message>
    <message>
        <source>Who sent the message (optional)</source>
        <translation>Кто отправил сообщение (необязательно)</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Добавить часть</translation>
    </message>
</context>
<context>
    <name>SpotQuestionWidget</name>
    <message>
        <source>Tap to mark this part as a red flag</source>
        <translation>Нажми, чтобы отметить эту часть как тревожный сигнал</translation>
    </message>
    <message>
        <source>Keys: Tab next part · Space mark it · Enter check</source>
        <translation>Клавиши: Tab — следующая часть · Пробел — отметить · Enter — проверить</translation>
    </message>
    <message>
        <source>Tap each part of the message that is a red flag. Tap again to undo.</source>
        <translation>Нажми на каждую часть сообщения с тревожным сигналом. Нажми ещё раз, чтобы снять отметку.</translation>
    </message>
    <message>
        <source>Tap at least one part of the message first.</source>
        <translation>Сначала отметь хотя бы одну часть сообщения.</translation>
    </message>
    <message>
        <source>Red flag: you found it</source>
        <translation>Тревожный сигнал — найден</translation>
    </message>
    <message>
        <source>Red flag you missed</source>
        <translation>Пропущенный тревожный сигнал</translation>
    </message>
    <message>
        <source>Not a red flag</source>
        <translation>Не тревожный сигнал</translation>
    </message>
</context>
<context>
    <name>SpotSegmentButton</name>
    <message>
        <source>marked as a red flag</source>
        <translation>отмечено как тревожный сигнал</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>Part of the message: {text}</source>
        <translation>Часть сообщения: {text}</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Step {number}</source>
        <translation>Шаг {number}</translation>
    </message>
    <message>
        <source>Write this step</source>
        <translation>Напиши этот шаг</translation>
    </message>
    <message>
        <source>Write the steps in the right order; the quiz shuffles them.</source>
        <translation>Напиши шаги в правильном порядке; в тесте они перемешаются.</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Добавить шаг</translation>
    </message>
</context>
<context>
    <name>StoreMessage</name>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Профиль с именем «{name}» уже есть.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
        <source>A profile name can be at most {count} characters long.</source>
        <translation>Имя профиля может быть не длиннее {count} символов.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Имя профиля не может содержать управляющие символы.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the last change was not saved. Free some space and try again.</source>
        <translation>Диск с папкой {folder} заполнен, поэтому последнее изменение не сохранено. Освободи место и попробуй ещё раз.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so nothing more can be saved. Free some space and try again.</source>
        <translation>Диск с папкой {folder} заполнен, поэтому больше ничего нельзя сохранить. Освободи место и попробуй ещё раз.</translation>
    </message>
    <message>
        <source>The scores in {folder} are busy in another quizapp window. Close the other window, or wait a moment, and try again.</source>
        <translation>Результаты в {folder} сейчас открыты в другом окне quizapp. Закрой другое окно или подожди немного и попробуй ещё раз.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}). It may be read-only or missing; choose another data folder.</source>
        <translation>Не удаётся записать в папку данных {folder} ({reason}). Возможно, она только для чтения или её нет; выбери другую папку данных.</translation>
    </message>
    <message>
        <source>Cannot write the scores in {folder}: the folder or the drive is read-only, or this user may not write there. Choose another data folder.</source>
        <translation>Не удаётся сохранить результаты в {folder}: папка или диск только для чтения, или у этого пользователя нет права записи. Выбери другую папку данных.</translation>
    </message>
    <message>
        <source>The score database in {folder} is damaged. Restart quizapp: it will set the file aside and restore the latest backup.</source>
        <translation>База результатов в {folder} повреждена. Перезапусти quizapp: он отложит этот файл в сторону и восстановит последнюю резервную копию.</translation>
    </message>
    <message>
        <source>Could not use the scores in {folder}: {error}.</source>
        <translation>Не удалось открыть результаты в {folder}: {error}.</translation>
    </message>
    <message>
        <source>{path} belongs to another program, not quizapp. Move it away or choose another data folder; it was not changed.</source>
        <translation>{path} принадлежит другой программе, а не quizapp. Перенеси этот файл или выбери другую папку данных; файл не изменён.</translation>
    </message>
    <message>
        <source>The scores in {folder} were saved by a newer version of quizapp (database version {version}; this one knows up to {known}). Update quizapp to use them; the file was not changed.</source>
        <translation>Результаты в {folder} сохранены более новой версией quizapp (версия базы {version}; эта версия знает только до {known}). Обнови quizapp, чтобы открыть их; файл не изменён.</translation>
    </message>
    <message>
        <source>The scores in {folder} were saved by a newer version of quizapp. Update quizapp to use them; the file was not changed.</source>
        <translation>Результаты в {folder} сохранены более новой версией quizapp. Обнови quizapp, чтобы открыть их; файл не изменён.</translation>
    </message>
    <message>
        <source>The score database was damaged and there was no good backup, so it was set aside as {name} and a new, empty one was started.</source>
        <translation>База результатов была повреждена, а исправной резервной копии не нашлось, поэтому она отложена как {name} и начата новая, пустая.</translation>
    </message>
    <message>
        <source>The score database was damaged, so it was set aside as {name} and the backup from {when} was restored; answers given after that backup are missing.</source>
        <translation>База результатов была повреждена, поэтому она отложена как {name}, а резервная копия от {when} восстановлена; ответов, данных после этой копии, в ней нет.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the scores could not be made ({error}).</source>
        <translation>Сегодняшнюю резервную копию результатов сделать не удалось ({error}).</translation>
    </message>
    <message>
        <source>No backup could be made before the upgrade ({error}).</source>
        <translation>Перед обновлением не удалось сделать резервную копию ({error}).</translation>
    </message>
    <message>
        <source>The score database is closed.</source>
        <translation>База результатов закрыта.</translation>
    </message>
    <message>
        <source>A profile cannot be merged with itself.</source>
        <translation>Профиль нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>There is no profile {id}; it may have been deleted.</source>
        <translation>Профиля {id} нет; возможно, его удалили.</translation>
    </message>
    <message>
        <source>There is no quiz run {id}; the answer was not saved.</source>
        <translation>Прохождения теста {id} нет; ответ не сохранён.</translation>
    </message>
    <message>
        <source>There is no quiz run {id}.</source>
        <translation>Прохождения теста {id} нет.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Red</source>
        <translation>Красные</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синие</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёные</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотые</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовые</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевые</translation>
    </message>
    <message>
        <source>Name of team {number}</source>
        <translation>Название команды {number}</translation>
    </message>
    <message>
        <source>Colour of team {number}</source>
        <translation>Цвет команды {number}</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Добавить команду</translation>
    </message>
    <message>
        <source>Add a team (up to six)</source>
        <translation>Добавить команду (до шести)</translation>
    </message>
    <message>
        <source>Remove a team</source>
        <translation>Убрать команду</translation>
    </message>
    <message>
        <source>Remove the last team</source>
        <translation>Убрать последнюю команду</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Spot the Trap</source>
        <translation>Распознай ловушку</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Уменьшить текст (Ctrl+минус)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Увеличить текст (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>High contrast on or off (Ctrl+Shift+H)</source>
        <translation>Включить или выключить высокий контраст (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Полный экран</translation>
    </message>
    <message>
        <source>Full screen on or off (F11)</source>
        <translation>Полный экран: включить или выключить (F11)</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Профиль: {name}</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Agencies</source>
        <translation>Агентства</translation>
    </message>
    <message>
        <source>Trafficking at home</source>
        <translation>Торговля людьми внутри страны</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Blue Heart Campaign</source>
        <translation>Кампания «Голубое сердце»</translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation>Мальчики и мужчины</translation>
    </message>
    <message>
        <source>The 2018 briefing</source>
        <translation>Брифинг 2018 года</translation>
    </message>
    <message>
        <source>The summer camp</source>
        <translation>Летний лагерь</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Checking offers</source>
        <translation>Проверка предложений</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Council of Europe</source>
        <translation>Совет Европы</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>Долговая кабала</translation>
    </message>
    <message>
        <source>Deception</source>
        <translation>Обман</translation>
    </message>
    <message>
        <source>What trafficking is</source>
        <translation>Что такое торговля людьми</translation>
    </message>
    <message>
        <source>Words and meanings</source>
        <translation>Термины и значения</translation>
    </message>
    <message>
        <source>Dialogue at the UN</source>
        <translation>Диалог в ООН</translation>
    </message>
    <message>
        <source>Passports and documents</source>
        <translation>Паспорта и документы</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <translation>Плата за трудоустройство</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Принуждение к преступлениям</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Принудительный труд</translation>
    </message>
    <message>
        <source>GRETA</source>
        <translation>ГРЕТА</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Груминг</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Горячие линии</translation>
    </message>
    <message>
        <source>Helping a friend</source>
        <translation>Помощь другу</translation>
    </message>
    <message>
        <source>Hunting and fishing online</source>
        <translation>«Охота» и «рыбалка» в сети</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation>Если что-то пошло не так</translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation>Запугивание</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>МОМ</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Изоляция</translation>
    </message>
    <message>
        <source>Job offers</source>
        <translation>Предложения работы</translation>
    </message>
    <message>
        <source>Jobs abroad</source>
        <translation>Работа за границей</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Трудовая эксплуатация</translation>
    </message>
    <message>
        <source>The loverboy trick</source>
        <translation>Приём «лавербоя»</translation>
    </message>
    <message>
        <source>Modelling offers</source>
        <translation>Предложения в модельном бизнесе</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Money and documents</source>
        <translation>Деньги и документы</translation>
    </message>
    <message>
        <source>Myths</source>
        <translation>Мифы</translation>
    </message>
    <message>
        <source>Not your fault</source>
        <translation>Это не твоя вина</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В интернете</translation>
    </message>
    <message>
        <source>Palermo Protocol</source>
        <translation>Палермский протокол</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Вербовка</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные сигналы</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>UN resolutions</source>
        <translation>Резолюции ООН</translation>
    </message>
    <message>
        <source>Whose responsibility</source>
        <translation>Чья ответственность</translation>
    </message>
    <message>
        <source>Romance and grooming</source>
        <translation>Романтика и груминг</translation>
    </message>
    <message>
        <source>Scam centres</source>
        <translation>Скам-центры</translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation>Секс-шантаж</translation>
    </message>
    <message>
        <source>Sharing what you know</source>
        <translation>Делись знаниями</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Незаконный ввоз мигрантов</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Facts and figures</source>
        <translation>Факты и цифры</translation>
    </message>
    <message>
        <source>Study and au pair offers</source>
        <translation>Учёба и au pair</translation>
    </message>
    <message>
        <source>Take It Down</source>
        <translation>Take It Down</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>A safe travel plan</source>
        <translation>План безопасной поездки</translation>
    </message>
    <message>
        <source>Trusted adults</source>
        <translation>Взрослые, которым доверяешь</translation>
    </message>
    <message>
        <source>The UN</source>
        <translation>ООН</translation>
    </message>
    <message>
        <source>UNODC</source>
        <translation>УНП ООН</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Кто в группе риска</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Зарплата</translation>
    </message>
    <message>
        <source>Who is targeted</source>
        <translation>Кого выбирают целью</translation>
    </message>
    <message>
        <source>World Day</source>
        <translation>Всемирный день</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Молодёжь</translation>
    </message>
</context>
<context>
    <name>TrueFalseEditor</name>
    <message>
        <source>The statement is…</source>
        <translation>Утверждение —</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>Утверждение верное</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Ложь</translation>
    </message>
    <message>
        <source>The statement is false</source>
        <translation>Утверждение неверное</translation>
    </message>
</context>
</TS>
