namespace GovGraph.Synthetic.Vocabulary;

/// Word lists for invented place names. County stems carry their pinyin, which gazette covers print.
internal static class Places
{
    /// First characters of two-character county stems.
    public static readonly (string Han, string Pinyin)[] CountyFirst =
    [
        ("安", "AN"), ("宝", "BAO"), ("昌", "CHANG"), ("崇", "CHONG"), ("丹", "DAN"), ("德", "DE"), ("定", "DING"), ("丰", "FENG"),
        ("凤", "FENG"), ("福", "FU"), ("阜", "FU"), ("广", "GUANG"), ("和", "HE"), ("鹤", "HE"), ("华", "HUA"), ("怀", "HUAI"),
        ("嘉", "JIA"), ("建", "JIAN"), ("金", "JIN"), ("靖", "JING"), ("康", "KANG"), ("兰", "LAN"), ("乐", "LE"), ("临", "LIN"),
        ("灵", "LING"), ("隆", "LONG"), ("龙", "LONG"), ("茂", "MAO"), ("宁", "NING"), ("沛", "PEI"), ("清", "QING"), ("庆", "QING"),
        ("仁", "REN"), ("瑞", "RUI"), ("山", "SHAN"), ("寿", "SHOU"), ("顺", "SHUN"), ("太", "TAI"), ("泰", "TAI"), ("通", "TONG"),
        ("万", "WAN"), ("文", "WEN"), ("武", "WU"), ("祥", "XIANG"), ("兴", "XING"), ("秀", "XIU"), ("延", "YAN"), ("阳", "YANG"),
        ("永", "YONG"), ("玉", "YU"), ("云", "YUN"), ("泽", "ZE"), ("长", "CHANG"), ("正", "ZHENG"), ("忠", "ZHONG"), ("沐", "MU"),
    ];

    /// Second characters of two-character county stems.
    public static readonly (string Han, string Pinyin)[] CountySecond =
    [
        ("安", "AN"), ("城", "CHENG"), ("川", "CHUAN"), ("丰", "FENG"), ("峰", "FENG"), ("谷", "GU"), ("和", "HE"), ("河", "HE"),
        ("化", "HUA"), ("江", "JIANG"), ("津", "JIN"), ("康", "KANG"), ("乐", "LE"), ("陵", "LING"), ("宁", "NING"), ("平", "PING"),
        ("坪", "PING"), ("浦", "PU"), ("泉", "QUAN"), ("山", "SHAN"), ("寿", "SHOU"), ("水", "SHUI"), ("台", "TAI"), ("田", "TIAN"),
        ("源", "YUAN"), ("原", "YUAN"), ("远", "YUAN"), ("阳", "YANG"), ("义", "YI"), ("邑", "YI"), ("州", "ZHOU"), ("庄", "ZHUANG"),
        ("溪", "XI"), ("乡", "XIANG"), ("兴", "XING"), ("胜", "SHENG"), ("昌", "CHANG"), ("桥", "QIAO"), ("岭", "LING"), ("屯", "TUN"),
    ];

    /// Stems of one-character counties (a county printed as two characters, like 某县).
    public static readonly (string Han, string Pinyin)[] CountySingle =
    [
        ("沣", "FENG"), ("洺", "MING"), ("滢", "YING"), ("潆", "YING"), ("浔", "XUN"), ("涔", "CEN"), ("岵", "HU"), ("崞", "GUO"), ("渑", "MIAN"), ("濮", "PU"),
    ];

    /// County names of the real corpus, kept out so synthetic counties never pass for them.
    public static readonly string[] Reserved = ["五台县", "绛县", "平顺县", "交城县", "乡宁县", "台城县"];

    /// Invented provinces with the one-character abbreviation their document numbers carry.
    public static readonly (string Name, string Code)[] Provinces =
    [
        ("东陵省", "陵"), ("西岚省", "岚"), ("南峤省", "峤"), ("北溟省", "溟"), ("云岭省", "岭"), ("燕平省", "燕"), ("江渚省", "渚"), ("河岳省", "岳"),
    ];

    /// First characters of township stems.
    public static readonly string[] TownFirst =
    [
        "东", "西", "南", "北", "上", "下", "大", "小", "新", "古", "石", "柳", "杨", "马", "龙", "凤", "青", "白", "黄", "红",
        "金", "银", "高", "双", "三", "五", "铁", "桥", "泉", "杏", "梨", "枣", "桃", "松", "柏", "槐", "沙", "盘", "峪", "庙",
        "河", "岔", "平", "安", "兴", "和", "永", "官", "窑", "店",
    ];

    /// Second characters of township stems.
    public static readonly string[] TownSecond =
    [
        "庄", "城", "关", "河", "峪", "岭", "口", "坪", "寨", "堡", "营", "店", "集", "桥", "沟", "湾", "阳", "泉", "山", "头",
        "垣", "岗", "塬", "底", "坡", "川", "滩", "铺", "林", "溪",
    ];

    /// Surnames for township names of the form 王家庄镇.
    public static readonly string[] TownSurnames = ["王", "李", "张", "刘", "陈", "赵", "孙", "郭", "何", "罗", "曹", "段", "韩", "冯", "贾", "田"];

    public static readonly string[] TownSurnameEnds = ["庄", "堡", "营", "峪", "河", "沟", "岭", "坪"];

    /// Stems of 街道 (sub-districts), which sit in the county seat.
    public static readonly string[] StreetStems = ["城关", "东城", "西城", "南关", "北关", "新华", "解放", "文昌", "朝阳", "龙泉", "振兴", "和平"];

    /// Road names for the gazette's back page address.
    public static readonly string[] Roads = ["府前街", "人民路", "建设路", "迎宾大道", "文化街", "新华街", "朝阳路", "长兴路", "滨河路", "政通街"];
}
