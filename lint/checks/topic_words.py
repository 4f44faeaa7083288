"""The wording the topic grader reads: what a fact is, how a title is used, slogans, guides,
result formulas, future and shortfall clauses (``lint.checks.topic_grade`` says how each is
used).
"""

from __future__ import annotations

import re

# The last character of a subject before a future 将 (我们将, 区将, 本局将): 将 after one of them
# is "will"; elsewhere it usually marks a disposal that was done (将…纳入…清单).
SUBJECT_END = "们区县市局镇府"
# The verbs of a disposal, 将/把 X 纳入 Y "put X into Y": a deed done, not "will"
PUT_INTO = "作为|纳入|列入|列为|写入|融入|摆在|放在|摆上"
# A disposal or deed said done of all its objects (述职报告均纳入述法内容, 拟任干部均进行任前
# 考法, 规范性文件全部进行合法性审查): 均/全部/一律 state it done, no 将/把 needed.
ALL_DONE = "(?:均|全部|一律)(?:已)?"
# …the deeds among them (not the disposals 纳入, 接受): also an act inside a topic's own hit
ALL_DONE_ACTS = "进行|参加"
# The verbs that name a way the work was done by (通过…等活动, 依托…等形式，…)
BY_WAY_OF = "通过|依托|借助|利用"
# Further titles after one (《A》、《B》和《C》): a run of documents named together
MORE_TITLES = r"(?:[、和及与]?《[^》\n]*》)*"
# What follows a document whose tasks are pushed forward (推动《实施方案》各项任务落实,
# 推进《民法典》《行政复议法》等在全县贯彻落实): the document is followed, not made
_PUSHED_TAIL = MORE_TITLES + r"[^。；，,\n]{0,12}?(?:落实|落地|实施|贯彻|推进)"
PUSHED_TAIL = re.compile(_PUSHED_TAIL)
# The verbs before a superior document a report only follows (贯彻落实《纲要》, 对标《规定》)
FOLLOWED = "贯彻|落实|按照|对照|对标|遵照|遵循|紧扣|围绕"
# One step of a list of procedures (严格落实公开征求意见、专家论证、公平竞争审查、合法性审查等
# 程序): what FACT's verbs that may be nouns (公开, 审查) are then, named, not done
_STEP_OF_LIST = r"[^。；，\n]{0,40}?、[^。；，\n]{0,40}?等(?:法定|决策)?(?:程序|环节|步骤)"
# Not only sought (力争位居全省前列, 争取获得…肯定): what a result reached must not follow
_NOT_SOUGHT = r"(?<!争取)(?<!力争)"
# The digits of a count, not of an ordinal (第17次会议, 第2批: which one, not how many)
COUNT = r"(?<![第\d])\d+"
# What counts as a fact in a clause: the ONE definition of "the report says what was done".
FACT = re.compile(
    # a count (an ordinal in Chinese numerals, 第三次会议, is refused below)
    COUNT + r"(?:\.\d+)?(?:万|亿)?(?:余|多)?"
    r"(?:个百分点|%|％|件次|人次|场次|批次|户次|学时|[个件次项条人名场期份家部卷户批支台所处篇套天起元座轮宗分册])"
    # a rank or result in an assessment, a creation or an acceptance passed is a result
    # (排名全省第一, 考核结果为优秀, 成功创建…示范市, 通过…评估验收, 顺利通过…实地评估)
    r"|(?:排名|位列)[^。；，\n]{0,4}第[一二三四五六七八九十\d]|结果为"
    # a place among its peers (出庭应诉率全省第一, 全市首个, 透明度全国前十; 首创 is a fact
    # anywhere, below) that is not only sought (争创全省第一)
    r"|(?<!争创)(?<!争当)(?:全国|全省|全市|全区|全州|全县)"
    r"(?:第[一二三四五六七八九十\d]|首个|首家|首批|首例|前[二三四五六七八九十\d])"
    # …or among its first, as a result reached (考核成绩位居全区前列, 名列全市前茅), not sought
    rf"|{_NOT_SOUGHT}(?:位居|位列|名列)[^。；，,\n]{{0,8}}(?:前列|前茅)"
    r"|成功创建|创建成功|通过[^。；，\n]{0,16}验收|顺利通过[^。；，\n]{0,24}(?:评估|考核|评审)|(?:获|取得|得)[^。；，,\n]{0,4}满分"
    r"|(?<![第两二三四五六七八九十])[两二三四五六七八九十]+(?:次|轮)"
    # a named document, but not one that is only followed (贯彻落实《规定》《办法》)
    + "|"
    + "".join(f"(?<!{verb})" for verb in FOLLOWED.split("|"))
    + r"(?<!》)(?<!推动)(?<!推进)《[^》\n]{2,}》"
    # a document pushed forward is a deed (推进《…条例》等重点立法), not when only its tasks are
    # (推动《…实施方案》各项任务落实: followed)
    rf"|(?:推动|推进)《[^》\n]{{2,}}》(?!{_PUSHED_TAIL})"
    # 开展 a work named and no more (扎实开展述法工作。) is a slogan; 开展2024年度…工作 dates a deed
    r"|(?<!依法)(?:制定|制订)|制发|印发|出台|修订|起草|开展(?![^。；，,\n\d]{0,10}工作(?:[。；，,\n]|$))|(?<!定期)召开"
    # 完成了年度任务、率先建成法治政府的目标 are slogans; 完成整改、建成平台 are deeds
    r"|(?:完成|(?<!创)建成)(?![^。；，,\n]{0,14}(?:任务|目标)(?:[。；，,\n]|$))|举办|举行|成立|设立|组建|聘请|选聘"
    r"|聘用|邀请|授课|专题辅导|下发|配备(?![和、。，,；及与标])|录入|启用|上线|试运行|编制|编印|梳理|命名|获评|创成|入选|审定"
    r"|审议|研究通过|通报|签订|列入|出具"
    # a course or a column opened (开设…专栏), a first made (首创…模式; not the 首创精神 urged)
    r"|开设|首创(?!精神)"
    # a disposal or a deed said of all its objects, done (``ALL_DONE``)
    rf"|{ALL_DONE}(?:纳入|接受|整改|{ALL_DONE_ACTS})"
    r"|新增|取消|下放|承接|精简|压减|删减|调整(?:充实|完善)?了|调整充实|进行了?(?:动态)?调整"
    r"|投入[^。；，\n]{0,8}(?:经费|资金)"
    # a slogan verb with 了 reports a deed (加强了对文件的审查); 落实了…责任 stays a formula, and
    # so does the whole work summed up (扎实推进了法治政府建设，取得了新成效)
    r"|(?:加强|完善|健全|推进|深化|规范|优化|强化|推动)了"
    r"(?!(?:各项)?法治(?:政府)?建设(?:工作)?(?:[，,。；;\n]|$))"
    # a study held together, told in the past (集中学习了…重要指示): a session, not a slogan
    r"|(?:集中|专题|集体|传达)学习了"
    # these also name a system or a procedure (审查、备案及清理制度, 合法性审查和集体讨论决定程序)
    # or a step of one (``_STEP_OF_LIST``): then they are nouns, not deeds
    r"|(?:办理|(?<!合法性)审查|(?<!合法性)审核|评查|清理|受理|办结|发布|公布|听取|公示(?!栏|牌|平台|网))"
    rf"(?![^。；，\n]{{0,8}}?(?:制度|机制|程序)(?:[。；，\n]|$)|{_STEP_OF_LIST})"
    rf"|(?<![务息])公开(?!为常态|公正|透明|{_STEP_OF_LIST})|组织(?!领导(?!干部)|机构|保障|体系|建设|实施)|建立(?!健全)"
    r"|向[^。；，\n]{1,16}(?:报告|报送|报备|汇报)"
    r"|(?<!决策|战略|工作|重大|相关|各项|重要|安排|总体|定期)(?<!同)部署(?!要求)|全覆盖|作出[^。；，\n]{0,6}批示"
    # a meeting that studied or discussed something is an occasion, not a slogan
    # (区政府常务会议专题学习…, 党组会议研究…): the meeting is the fact
    r"|(?:会议|常务会|党组会|党委会|常委会|中心组|办公会|专题会)[^。；，,\n]{0,6}?(?:学习|研究|传达)"
    r"|(?:通过|采取|采用)[^。；，,\n]{2,30}等(?:形式|方式|途径|载体|措施)"
    # …or the named activities it was done through (通过宪法宣传周、…等普法宣传活动宣传…)
    rf"|(?:{BY_WAY_OF})[^。；，,\n]{{2,48}}等[^。；，,\n]{{0,10}}活动"
    # a zero figure is a figure: 未发生行政复议、行政应诉败诉案件
    r"|未发生(?!变化|改变)|(?:全年|年内|本年度)(?:无|零)"
    # an honour received is a result: 被评为优秀等次, 荣获…称号, 获省表彰
    r"|评为|荣获|授予|(?:获|受到)[^。；，,\n]{0,10}(?:表彰|通报表扬)|被(?:评定|认定|确定|命名|推荐|列)为"
    # …and so is praise received, not sought (获…肯定, 批示肯定; not 争取获得…肯定), or a best
    # practice named (获评“最佳实践案例”)
    rf"|{_NOT_SOUGHT}(?:获|得到|受到)[^。；，,\n]{{0,16}}肯定|批示肯定|最佳实践"
    # a result reached (实现了…全覆盖, 基本实现“全程网办”, 出庭应诉率实现“零”的突破)
    r"|实现了|基本实现|(?:“零”|零)的?突破"
    # a disposal that put the topic somewhere: 将习近平法治思想作为培训的重点内容, 把…纳入清单,
    # 纳入年度考核 (a named appraisal, not 法治考核 in a list of areas);
    # not the Outline's own formula (把法治建设成效作为衡量…工作实绩的重要内容)
    rf"|(?<![{SUBJECT_END}])(?:将|把)[^。；，\n]{{1,30}}(?:{PUT_INTO})(?![^。；，\n]{{0,30}}实绩)"
    r"[^。；，\n]{0,30}"
    r"(?:内容|课程|必修课|清单|计划|方案|议题|指标|考试|(?:年度|绩效|综合|目标(?:责任)?)考核|体系)"
)
# How a clause uses the document title 《…》 that holds a hit (the verb nearest before it):
# the government made it, or put the topic into it (制定《XX市行政复议工作规则》, 纳入《综合考核
# 指标体系》: a fact of the topic); it cites it as the basis of the report (根据《督察工作规定》:
# not the topic); it follows a superior document (贯彻落实《纲要》: named only, weak); it studies
# or publicises a law (集体学习《行政复议法》: law study, not the work the law governs). An
# attributive 印发的《…》 names who issued it.
# What is done with a law that is studied
LAW_STUDY = "学习|学法|研读|宣传|宣讲|解读|培训|考试|讲座"
TITLE_USE = re.compile(
    # (新修订《…法》 is the newly revised law, an adjective, not this government revising it)
    # A compilation is made too (汇编《…清单》); in 制定并实施《…》 the 实施 is the maker's own,
    # not a following.
    r"(?P<made>制定|制订|制发|印发|出台|(?<!新)修订|(?<!新)修改|编制|汇编|编印|发布|起草|下发|审议通过|纳入|列入)(?!的)"
    r"|(?P<basis>根据|依据|依照)"
    r"|(?P<pushed>推动|推进)"
    rf"|(?P<followed>{FOLLOWED}|(?<!制定)(?<!出台)(?<!印发)(?<!并)实施(?![方办意细纲规计条]))"
    rf"|(?P<studied>{LAW_STUDY})"
)
MADE = re.compile(r"(?:制定|制订|制发|印发|出台|编制|发布|下发)了?《")
# The centre as the one who made a title (中共中央、国务院印发《纲要》): a superior document the
# report refers to, not one its government made; every report here is a local one.
CENTRE = re.compile(
    r"(?:中共中央|党中央|国务院|中央办公厅|(?<![集全])中办|(?<!全)国办)[^，,。；;\n]{0,12}$"
)  # (not the 中办 of 集中办理, the 国办 of 全国办案)
TITLE = re.compile(r"《[^》\n]*》")
# What closes a clause that follows the titles it names, whoever issued them (按照县政府印发
# 《…》（…号）、《…》文件精神; 结合…印发《…》通知要求): after the title, its document number,
# further titles, then 要求/精神 closing the clause.
FOLLOWED_TAIL = re.compile(
    r"(?:[（(][^）)\n]{0,30}[）)]|〔[^〕\n]{0,10}〕|[、和及与]|《[^》\n]*》|[^。；，,\n《]{0,12}?(?=《)|等)*"
    r"(?:等)?(?:文件|通知)?(?:的)?(?:要求|精神)(?=[，,。；;\n]|$)"
)
LAW_TITLE_END = ("法》", "法典》", "条例》", "规定》", "办法》")
# A law named without brackets (行政复议法、), one of a list, in a clause that studies laws
LAW_LIST = re.compile(r"[、和及与]|等")
LAW_STUDIED = re.compile(LAW_STUDY)
# A law put into a study programme after its title (将《行政复议法》等纳入中心组学习): studied
STUDIED_AFTER = re.compile(
    rf"[^。；，,\n]{{0,12}}?(?:纳入|列入|作为)[^。；，,\n]{{0,24}}?(?:{LAW_STUDY})"
    # or one of the laws its clause names as content (聚焦《行政复议法》《…条例》等重点内容)
    rf"|{MORE_TITLES}等(?:重点|主要|核心)?内容"
    # or the laws of a count of study sessions (开展《行政复议法》《…条例》等6次集体学法)
    rf"|{MORE_TITLES}等\d*(?:次|场|期)?[^。；，,\n]{{0,6}}?(?:{LAW_STUDY})"
)
# A leading means clause (通过常务会、党组会等形式，…) or a document issued in the clause before
# (印发《…通知》（…号），全面推行…) says how the slogan verb after it was done.
MEANS = re.compile(
    rf"(?:{BY_WAY_OF})"
    r"(?:[^。；，,\n]{2,30}等(?:形式|方式|途径|载体)"
    # …or the meetings it used (利用党委扩大会、中心组学法、专题会等，深入学习…)
    r"|[^。；，,\n]{2,48}?会(?:议)?等)[，,]|"
    + MADE.pattern  # a document issued: MADE's verbs, up to its 《
    + r"[^》\n]{2,60}》(?:[（(][^）)\n]{0,30}[)）])?[，,]"
)
# A meeting held in the clause right before one that opens by studying the topic (先后16次召开
# 党组会，深入学习贯彻习近平法治思想): the meeting studied it, as 党组会议学习… in one clause does.
_HELD = r"[^。；，,\n]{0,60}?会(?:议)?"  # the meetings 召开 holds, up to 会/会议
MEETING = re.compile(rf"召开{_HELD}(?:\d+次)?[，,]")
# The same meetings counted (召开党组会议12次，; 先后16次召开…，): only these make the agenda items
# the next clause researches (专题研究A、B等工作) work done; uncounted they only list the agenda.
COUNTED_MEETING = re.compile(
    rf"\d+次召开{_HELD}[，,]|召开\d+[次场]{_HELD}[，,]|召开{_HELD}\d+[次场][，,]"
)
STUDY = re.compile(r"(?:深入|认真|专题|集中|及时|系统)?(?:传达)?(?:学习|研究)")
# Verbs that take a topic as their object without saying anything was done.
SLOGAN = re.compile(
    r"落实|推进|贯彻|加强|深化|坚持|强化|推动|督促|践行|弘扬|宣传|学习|纳入|围绕|聚焦|结合"
    r"|按照|对标|完善|健全|提升|提高|优化|注重|重视|突出|推行|实施|执行|规范|压实|扛牢|夯实|发挥|锚定|严格"
)
# A hit that is the subject of a result formula (法治化营商环境持续优化): a summary, its own
# clause only counts (the figures after it are about the measures it sums up).
RESULT = re.compile(
    r"(?:的)?(?:工作)?(?:水平|质效|能力)?(?:不断|持续|进一步|稳步|显著|明显|日益|逐步|全面)?"
    r"(?:得到)?(?:优化|提升|增强|改善|巩固|彰显|向好|提高|加强|深化)[^，,。；;\n]{0,2}(?:[，,。；;\n]|$)"
)
# A clause that closes a sentence by naming what its deeds served (…成立志愿团，出台《意见》，
# 推动法治化营商环境优化提升): the deeds before it are the topic's measures.
PURPOSE = re.compile(r"\s*(?:有效|有力|进一步|持续|不断|全力)?(?:推动|促进|助力|保障|确保|服务)")
# A hit that is the guide of its clause (以习近平法治思想为指导; 以《纲要》和《实施方案》为指导, a
# second title before 为) names the guiding idea: weak. So does one that is the means the
# clause's work is done by (以示范创建为抓手，…网办率95%: the figure is that work's), said with 为
# only (普法载体 is no means named).
_AS = r"[^，,。；;\n]{0,48}?为"  # (以…)为: what a clause takes as its guide or its means
GUIDE = re.compile(
    rf"(?:{_AS})?(?:指导|指引|引领|统领|统揽|遵循|根本遵循|主线)|{_AS}(?:抓手|牵引|载体)"
)
_DRAFTED = "(?:出台|制定|发文|印发|发布|提交|提请|报送|报请|作出|签订|公布|审议|修订|修改|废止)"
# What 拟 leads that is no plan: 拟定 "to draft", a person at hand (拟任/拟提拔/拟晋升人员 sat an
# exam), a result announced (拟确定为…示范创建项目, 拟命名, 拟授予, 拟认定为)
_NOT_PLANNED = rf"定|任|提拔|晋升|确定为|命名|授予|认定为|{_DRAFTED}的"
FUTURE = re.compile(
    # 拟 "plan to", but not inside 模拟/虚拟 (模拟法庭), nor what ``_NOT_PLANNED`` names (拟出台的
    # 文件 were reviewed, not planned)
    rf"下一步|明年|今后|来年|(?<![模虚])拟(?!{_NOT_PLANNED})|(?<!奋)力争|争取|计划(?:于|在|到|年内)"
    # 局将… "the bureau will" (将于/将在 a date), but not the disposal 政府将X纳入Y
    rf"|[{SUBJECT_END}]将(?:于|在|到|(?![^。；，\n]{{1,30}}?(?:{PUT_INTO})))"
    # 将继续/将深入… "will go on", but not the disposal 坚持将深入学习…作为首要任务 (坚持将 and
    # 始终将 never mean "will")
    r"|(?<!坚持)(?<!始终)将(?:要|会|进一步|继续|持续|坚持|不断"
    # …unless what follows is the disposal's object (将深入学习习近平法治思想纳入…学习内容)
    r"|(?:加快|加大|全面|深入|着力|切实|积极|努力|大力|重点|更加|围绕|聚焦|认真|扎实)"
    # …or what follows joins two things (将学习贯彻A与B相结合): a way of working, not a plan
    rf"(?![^。；，\n]{{1,30}}?(?:{PUT_INTO}|相结合|结合起来)))"
)
SHORTFALL = re.compile(
    r"尚未|未能|还未|仍未|没有|有待|不够|不到位|滞后|较慢|薄弱|不充分|不均衡|不平衡|亟需|亟待"
    r"|缺乏|欠缺|不完善|不健全|不严谨|(?<![补齐])短板"
)
# A clause opening with a slogan verb, after an adverb (持续深化, 进一步加强; 严格 is a slogan
# verb itself).
SLOGAN_LEAD = re.compile(
    r"\s*(?:持续|进一步|全面|深入|积极|切实|不断|着力|大力|扎实|认真)?(?:"
    + SLOGAN.pattern
    + r"|履行|筑牢|拓展|激发|营造)"
)
SLOGAN_RUN = 4  # clauses opening so in one sentence make it a run of slogans
# The end of a list of tasks a clause names (谋划执法改革、营商环境等重点任务; 破解A、B等难题;
# 研究A等5项年度重点工作)
TASK_LIST = re.compile(
    r"[^。；，,\n]{0,40}?等[^。；，,\n]{0,8}?(?:工作|任务|难题|事项)(?:[。；，,\n]|$)"
)
# The object of a verb of adherence that names a system (坚持集体讨论决策制度, 始终坚持…机制,
# 督促落实“谁执法谁普法”责任制): a principle held or urged on others; the rest of the sentence does
# not show it done. A system the government itself carries out (严格落实…第一责任人制度，将…纳入
# 学习内容) is shown done by the deeds after it, as any slogan object is.
SYSTEM = re.compile(r"[^，,。；;\n]{0,16}(?:制度|机制|责任制)(?:[，,。；;\n]|$)")
ADHERE = re.compile(r"坚持|始终|督促")
