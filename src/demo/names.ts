/**
 * Name lists for synthetic borrowers and their related parties. Chinese surnames carry
 * their approximate share of the population (2020 census ranking); US surnames their
 * approximate frequency (2010 census); first names are common ones of adults born
 * 1955–2005. SOURCE: public census rankings, abridged and rounded. (Faker's `en` surname
 * list is made-up names such as "Altenwerth", so the generator keeps its own lists.)
 */

/** Chinese surnames with rough shares (per cent). */
export const cnSurnames: readonly (readonly [string, number])[] = [
  ['王', 7.1], ['李', 7.0], ['张', 6.6], ['刘', 5.3], ['陈', 4.5], ['杨', 3.1], ['黄', 2.4], ['赵', 2.3], ['吴', 2.0],
  ['周', 1.9], ['徐', 1.5], ['孙', 1.5], ['马', 1.4], ['朱', 1.3], ['胡', 1.3], ['郭', 1.2], ['何', 1.2], ['林', 1.1],
  ['高', 1.1], ['罗', 1.1], ['郑', 1.0], ['梁', 1.0], ['谢', 0.8], ['宋', 0.8], ['唐', 0.8], ['许', 0.7], ['韩', 0.7],
  ['冯', 0.7], ['邓', 0.7], ['曹', 0.7], ['彭', 0.6], ['曾', 0.6], ['肖', 0.6], ['田', 0.6], ['董', 0.5], ['潘', 0.5],
  ['袁', 0.5], ['蔡', 0.5], ['蒋', 0.5], ['余', 0.5], ['于', 0.5], ['杜', 0.5], ['叶', 0.4], ['程', 0.4], ['魏', 0.4],
  ['苏', 0.4], ['吕', 0.4], ['丁', 0.4], ['任', 0.4], ['卢', 0.4], ['姚', 0.4], ['沈', 0.4], ['钟', 0.3], ['姜', 0.3],
  ['崔', 0.3], ['谭', 0.3], ['陆', 0.3], ['范', 0.3], ['汪', 0.3], ['廖', 0.3], ['石', 0.3], ['金', 0.3], ['韦', 0.3],
  ['贾', 0.3], ['夏', 0.2], ['付', 0.2], ['方', 0.2], ['邹', 0.2], ['熊', 0.2], ['白', 0.2], ['孟', 0.2], ['秦', 0.2],
  ['欧阳', 0.05], ['司马', 0.01], ['诸葛', 0.01],
];

/** Characters common in Chinese given names, by sex; a given name is one or two of them. */
export const cnGivenChars = {
  male: '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林峰建国志文博晨阳东亮成海兵锋浩然子轩宇航'.split(''),
  female: '芳娜敏静丽艳娟霞秀英玲桂兰燕萍红琳颖婷雪慧梅洁琴云莉倩欣怡佳悦晶璐丹红瑶琪彤露雨萱梦涵'.split(''),
} as const;

/** US surnames with rough frequencies (per 100,000). */
export const usSurnames: readonly (readonly [string, number])[] = [
  ['Smith', 828], ['Johnson', 655], ['Williams', 550], ['Brown', 487], ['Jones', 483], ['Garcia', 394], ['Miller', 384],
  ['Davis', 377], ['Rodriguez', 374], ['Martinez', 363], ['Hernandez', 357], ['Lopez', 293], ['Gonzalez', 280],
  ['Wilson', 276], ['Anderson', 273], ['Thomas', 259], ['Taylor', 256], ['Moore', 239], ['Jackson', 238], ['Martin', 236],
  ['Lee', 229], ['Perez', 224], ['Thompson', 222], ['White', 220], ['Harris', 200], ['Sanchez', 197], ['Clark', 188],
  ['Ramirez', 187], ['Lewis', 177], ['Robinson', 175], ['Walker', 171], ['Young', 160], ['Allen', 160], ['King', 157],
  ['Wright', 153], ['Scott', 147], ['Torres', 146], ['Nguyen', 145], ['Hill', 144], ['Flores', 144], ['Green', 142],
  ['Adams', 141], ['Nelson', 139], ['Baker', 138], ['Hall', 134], ['Rivera', 132], ['Campbell', 129], ['Mitchell', 129],
  ['Carter', 126], ['Roberts', 125], ['Gomez', 118], ['Phillips', 115], ['Evans', 114], ['Turner', 113], ['Diaz', 113],
  ['Parker', 112], ['Cruz', 112], ['Edwards', 110], ['Collins', 109], ['Reyes', 109], ['Stewart', 108], ['Morris', 106],
  ['Morales', 106], ['Murphy', 105], ['Cook', 104], ['Rogers', 104], ['Gutierrez', 100], ['Ortiz', 98], ['Morgan', 97],
  ['Cooper', 97], ['Peterson', 96], ['Bailey', 94], ['Reed', 94], ['Kelly', 93], ['Howard', 93], ['Ramos', 92],
  ['Kim', 92], ['Cox', 91], ['Ward', 91], ['Richardson', 90], ['Watson', 88], ['Brooks', 87], ['Chavez', 87],
  ['Wood', 86], ['James', 86], ['Bennett', 85], ['Gray', 85], ['Mendoza', 84], ['Ruiz', 84], ['Hughes', 84],
  ['Price', 83], ['Alvarez', 83], ['Castillo', 82], ['Sanders', 82], ['Patel', 81], ['Myers', 80], ['Long', 80],
  ['Ross', 80], ['Foster', 80], ['Chen', 70], ['Wong', 45], ['Okafor', 10], ['O\'Brien', 30], ['Kowalski', 15],
];

/** Common US first names, by sex. */
export const usFirstNames = {
  male: [
    'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Christopher', 'Charles',
    'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Andrew', 'Paul', 'Joshua', 'Kenneth', 'Kevin', 'Brian',
    'Timothy', 'Ronald', 'George', 'Jason', 'Edward', 'Jeffrey', 'Ryan', 'Jacob', 'Nicholas', 'Gary', 'Eric', 'Jonathan',
    'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Patrick', 'Frank',
    'Raymond', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Zachary', 'Douglas',
    'Peter', 'Kyle', 'Noah', 'Ethan', 'Jeremy', 'Christian', 'Walter', 'Keith', 'Austin', 'Roger', 'Terry', 'Sean',
    'Luis', 'Carlos', 'Juan', 'DeShawn', 'Malik', 'Andre', 'Marcus', 'Wei', 'Minh', 'Omar',
  ],
  female: [
    'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Karen', 'Sarah', 'Lisa',
    'Nancy', 'Sandra', 'Betty', 'Ashley', 'Emily', 'Kimberly', 'Margaret', 'Donna', 'Michelle', 'Carol', 'Amanda',
    'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Dorothy', 'Amy', 'Kathleen', 'Angela',
    'Shirley', 'Emma', 'Brenda', 'Pamela', 'Nicole', 'Anna', 'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel',
    'Carolyn', 'Janet', 'Maria', 'Olivia', 'Heather', 'Helen', 'Catherine', 'Diane', 'Julie', 'Victoria', 'Joyce',
    'Lauren', 'Kelly', 'Christina', 'Ruth', 'Joan', 'Virginia', 'Judith', 'Evelyn', 'Hannah', 'Andrea', 'Megan',
    'Cheryl', 'Jacqueline', 'Madison', 'Teresa', 'Abigail', 'Sophia', 'Martha', 'Sara', 'Gloria', 'Janice', 'Kathryn',
    'Ann', 'Isabella', 'Judy', 'Charlotte', 'Julia', 'Grace', 'Amber', 'Alice', 'Jasmine', 'Latoya', 'Guadalupe', 'Mei',
  ],
} as const;
